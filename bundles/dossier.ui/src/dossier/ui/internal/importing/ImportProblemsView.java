package dossier.ui.internal.importing;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportReport;
import dossier.ui.internal.jobs.ImportJob;

/**
 * Lists the files the last import could not read, each with the reason, like the
 * Problems view lists compile errors. Ctrl+C copies the selected rows.
 */
public final class ImportProblemsView extends ViewPart {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.views.importProblems"; //$NON-NLS-1$
	private Label summary;
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		summary.setText("No import has run in this session."); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		Composite tableArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "File", 45, p -> p.source()); //$NON-NLS-1$
		column(layout, "Problem", 55, p -> p.message()); //$NON-NLS-1$
		viewer.getTable().addListener(SWT.KeyDown, e -> {
			if (e.character == 0x03 || (e.keyCode == 'c' && (e.stateMask & SWT.MOD1) != 0)) {
				copySelection();
			}
		});
		getSite().setSelectionProvider(viewer);
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<ImportProblem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ImportProblem) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 150));
	}

	/**
	 * Shows an import's outcome.
	 *
	 * @param report what the import did
	 */
	public void show(ImportReport report) {
		summary.setText(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm")) + "  " //$NON-NLS-1$ //$NON-NLS-2$
				+ ImportJob.summary(report).getMessage());
		viewer.setInput(report.problems());
		summary.getParent().layout(true);
	}

	/** @return the problems shown, for tests */
	@SuppressWarnings("unchecked")
	public List<ImportProblem> getProblems() {
		Object input = viewer.getInput();
		return input == null ? List.of() : (List<ImportProblem>) input;
	}

	private void copySelection() {
		StringBuilder text = new StringBuilder();
		for (Object selected : viewer.getStructuredSelection()) {
			ImportProblem problem = (ImportProblem) selected;
			text.append(problem.source()).append('\t').append(problem.message()).append(System.lineSeparator());
		}
		if (!text.isEmpty()) {
			Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
			try {
				clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
