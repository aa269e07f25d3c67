package dossier.ui.internal.editors;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import dossier.core.document.SourceDocument;
import dossier.core.entity.Mention;
import dossier.core.index.DocumentIndex;
import dossier.core.index.HighlightedText;
import dossier.core.index.SearchException;
import dossier.core.index.TextRange;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.EntityPages;

/**
 * Shows one document's full text, read-only, with the hits of the query it was opened
 * from marked. F3 and Shift+F3 go to the next and previous hit. Entity mentions are
 * coloured by kind; Ctrl+click on one, or F4 with the caret in it, opens its entity page.
 */
public final class DocumentEditor extends EditorPart {

	/** The editor's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.editors.document"; //$NON-NLS-1$

	private Label title;
	private Label metadata;
	private Link hansard;
	private Label details;
	private SourceDocument shown;
	private StyledText text;
	private List<TextRange> hits = List.of();
	private int currentHit = -1;
	private DocumentOutlinePage outline;
	/** A span to select once the document is shown, or null. */
	private TextRange pendingReveal;

	/**
	 * Opens a document, or brings its open viewer to the front with the new query's hits.
	 *
	 * @param page the page to open it in
	 * @param documentId the document's id
	 * @param documentTitle its title
	 * @param query the query whose hits to mark
	 * @return the editor
	 * @throws PartInitException if the editor cannot be created
	 */
	public static DocumentEditor open(IWorkbenchPage page, String documentId, String documentTitle, String query)
			throws PartInitException {
		DocumentEditorInput input = new DocumentEditorInput(documentId, documentTitle, query);
		IEditorPart part = page.openEditor(input, ID);
		DocumentEditor editor = (DocumentEditor) part;
		if (!((DocumentEditorInput) editor.getEditorInput()).getQuery().equals(input.getQuery())) {
			editor.setInput(input);
			editor.load();
		}
		return editor;
	}

	/**
	 * Opens a document at a place in its text, such as an entity's mention, selecting it.
	 *
	 * @param page the page to open it in
	 * @param documentId the document's id
	 * @param documentTitle its title
	 * @param start the offset of the first character to select
	 * @param end the offset just past the last
	 * @return the editor
	 * @throws PartInitException if the editor cannot be created
	 */
	public static DocumentEditor open(IWorkbenchPage page, String documentId, String documentTitle, int start, int end)
			throws PartInitException {
		DocumentEditor editor = open(page, documentId, documentTitle, ""); //$NON-NLS-1$
		editor.reveal(new TextRange(start, end - start));
		return editor;
	}

	/**
	 * Selects a span and scrolls it into view, now if the document is shown, else once it is.
	 *
	 * @param range the span
	 */
	public void reveal(TextRange range) {
		if (shown == null) {
			pendingReveal = range;
			return;
		}
		int length = text.getCharCount();
		int start = Math.min(range.offset(), length);
		text.setSelection(start, Math.min(range.end(), length));
		text.showSelection();
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput)) {
			throw new PartInitException("The document viewer cannot open " + input.getName()); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
	}

	@Override
	protected void setInput(IEditorInput input) {
		super.setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(4, 6).applyTo(parent);
		title = new Label(parent, SWT.WRAP);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		metadata = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(metadata);
		hansard = new Link(parent, SWT.NONE);
		hansard.addListener(SWT.Selection, e -> Program.launch(e.text));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(hansard);
		hansard.setVisible(false);
		details = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setMargins(8, 8, 8, 8);
		text.setFont(JFaceResources.getDialogFont());
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.F3) {
				goToHit((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
			}
		});
		text.addListener(SWT.MouseHover, e -> {
			int offset = text.getOffsetAtPoint(new org.eclipse.swt.graphics.Point(e.x, e.y));
			text.setToolTipText(shown == null || offset < 0 ? null
					: MentionStyles.at(shown.mentions(), offset).map(DocumentEditor::hover).orElse(null));
		});
		MentionLinks.install(text, () -> shown == null ? List.of() : shown.mentions(), getSite().getPage());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		load();
	}

	private static String hover(Mention mention) {
		String description = MentionStyles.describe(mention);
		return EntityPages.of(mention).isPresent() ? description + "\n\n" + MentionLinks.hint() : description; //$NON-NLS-1$
	}

	/** Reads the document and its hits in the background, then shows them. */
	void load() {
		DocumentEditorInput input = (DocumentEditorInput) getEditorInput();
		title.setText(input.getToolTipText());
		details.setText("Loading\u2026"); //$NON-NLS-1$
		shown = null;
		Display display = text.getDisplay();
		Job.create("Opening " + input.getName(), (IProgressMonitor monitor) -> { //$NON-NLS-1$
			DocumentIndex index = Services.get(DocumentIndex.class);
			try {
				Optional<SourceDocument> document = index.get(input.getDocumentId());
				Optional<HighlightedText> marked;
				try {
					marked = index.highlight(input.getDocumentId(), input.getQuery());
				} catch (SearchException e) {
					marked = document.map(d -> HighlightedText.plain(d.text()));
				}
				Optional<HighlightedText> highlighted = marked;
				display.asyncExec(() -> show(input, document, highlighted));
			} catch (IOException e) {
				return Status.error("Cannot read " + input.getToolTipText() + " from the index", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(DocumentEditorInput input, Optional<SourceDocument> document, Optional<HighlightedText> marked) {
		if (text.isDisposed() || !input.equals(getEditorInput())) {
			return;
		}
		if (document.isEmpty() || marked.isEmpty()) {
			details.setText("This document is no longer in the collection."); //$NON-NLS-1$
			metadata.setText(""); //$NON-NLS-1$
			text.setText(""); //$NON-NLS-1$
			return;
		}
		SourceDocument doc = document.get();
		title.setText(doc.title());
		hits = marked.get().highlights();
		text.setText(marked.get().text());
		// entities coloured by kind first; query hits are marked over them
		text.setStyleRanges(MentionStyles.ranges(doc.mentions(), text.getDisplay()).toArray(StyleRange[]::new));
		hits.forEach(r -> text.setStyleRange(HitStyler.range(r.offset(), r.length())));
		shown = doc;
		if (outline != null) {
			outline.show(doc);
		}
		metadata.setText(DocumentHeader.metadata(doc));
		boolean described = !metadata.getText().isEmpty();
		metadata.setVisible(described);
		((GridData) metadata.getLayoutData()).exclude = !described;
		boolean linked = !doc.url().isEmpty();
		hansard.setText(linked ? "<a href=\"" + doc.url() + "\">Hansard: " + doc.url() + "</a>" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		hansard.setVisible(linked);
		((GridData) hansard.getLayoutData()).exclude = !linked;
		currentHit = -1;
		if (hits.isEmpty()) {
			details.setText(DocumentHeader.position(doc, input.getQuery(), 0, -1, 0));
		} else {
			goToHit(1);
		}
		title.getParent().layout(true);
		if (pendingReveal != null) {
			reveal(pendingReveal);
			pendingReveal = null;
		}
	}

	/** Moves the selection to the next ({@code +1}) or previous ({@code -1}) hit, wrapping. */
	void goToHit(int direction) {
		if (hits.isEmpty()) {
			return;
		}
		currentHit = Math.floorMod(currentHit + direction, hits.size());
		TextRange hit = hits.get(currentHit);
		text.setSelection(hit.offset(), hit.end());
		text.showSelection();
		details.setText(DocumentHeader.position(shown, ((DocumentEditorInput) getEditorInput()).getQuery(), hits.size(),
				currentHit, hit.offset()));
		details.getParent().layout(true);
	}

	/** @return the text widget, for tests */
	public StyledText getTextWidget() {
		return text;
	}

	/** @return the marked hits of the shown document, for tests */
	public List<TextRange> getHits() {
		return hits;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new DocumentOutlinePage(m -> reveal(new TextRange(m.start(), m.end() - m.start())));
				outline.show(shown);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
