package dossier.ui.internal.catalog;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import dossier.core.catalog.EntityCatalog;
import dossier.core.catalog.EntityPage;
import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;
import dossier.ui.internal.tables.CopyRowsHandler;

/**
 * An entity's page: a header with its name, kind, type, parent, aliases and facts, and
 * tabs for its passages (mentions in context), its documents, the entities named with it
 * and, for an agency, the funding it receives. Read in a Job, and again after every
 * import; a tab's table is made when the tab is first shown. Alt+P, Alt+D, Alt+R and
 * Alt+U go to the tabs; Ctrl+C copies the selected rows of the table last used.
 */
public final class EntityPageEditor extends EditorPart {

	/** The editor's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.editors.entity"; //$NON-NLS-1$

	private final FocusedViewer focus = new FocusedViewer();
	private PageTabs pageTabs;
	private EntityHeader header;
	private CTabFolder tabs;
	private CTabItem passagesTab;
	private CTabItem documentsTab;
	private CTabItem relatedTab;
	private CTabItem fundingTab;
	private CatalogCall<Loaded> call;
	private EntityPage shown;
	private boolean loaded;

	/** What the page shows: the entity's page, and the agencies its header links to. */
	private record Loaded(Optional<EntityPage> page, EntitySummary parent, EntitySummary lead) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof EntityPageInput)) {
			throw new PartInitException("An entity page cannot open " + input.getName()); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		EntityPageInput input = input();
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		header = new EntityHeader(parent, this::openEntity);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header.control());
		Label separator = new Label(parent, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(separator);
		tabs = new CTabFolder(parent, SWT.FLAT | SWT.TOP);
		pageTabs = new PageTabs(tabs);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(tabs);
		passagesTab = pageTabs.add("&Passages", "Its mentions in context; Enter opens the document at the mention", //$NON-NLS-1$ //$NON-NLS-2$
				() -> new PassagesSection(tabs, getSite(), focus, input.getKind()));
		documentsTab = pageTabs.add("&Documents", "The documents that mention it, newest first", //$NON-NLS-1$ //$NON-NLS-2$
				() -> new DocumentsSection(tabs, getSite(), focus));
		relatedTab = pageTabs.add("&Related", "Agencies, operations and countries named in the same documents", //$NON-NLS-1$ //$NON-NLS-2$
				() -> new RelatedSection(tabs, getSite(), focus));
		if (input.getKind().equals(EntityKinds.AGENCY)) { // only agencies receive funding
			fundingTab = pageTabs.add("F&unding", "The amounts the collection says it receives", //$NON-NLS-1$ //$NON-NLS-2$
					() -> new FundingSection(tabs, getSite(), focus));
		}
		showTab(0);
		getSite().setSelectionProvider(focus);
		CopyRowsHandler.activate(getSite(), focus::current);
		call = new CatalogCall<>("Reading the page of " + input.getEntityName(), this::read, false); //$NON-NLS-1$
		ImportWatcher.reloadAfterImports(tabs, this::load);
		load();
	}

	private EntityPageInput input() {
		return (EntityPageInput) getEditorInput();
	}

	/** Reads the page in a Job; the page says "Loading…" meanwhile. */
	void load() {
		loaded = false;
		header.message(input(), "Loading\u2026"); //$NON-NLS-1$
		call.ask(tabs, this::show, reason -> {
			header.message(input(), "Cannot read this page: " + reason); //$NON-NLS-1$
			loaded = true;
		});
	}

	private Loaded read(EntityCatalog catalog, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		EntityPageInput input = input();
		Optional<EntityPage> page = catalog.page(input.getKind(), input.getId(), progress.split(1));
		if (page.isEmpty()) {
			return new Loaded(page, null, null);
		}
		EntitySummary entity = page.get().entity();
		String parent = entity.fact(EntitySummary.PARENT);
		EntitySummary parentAgency = parent.isEmpty() ? null
				: catalog.entity(EntityKinds.AGENCY, parent, progress.split(1)).orElse(null);
		String lead = entity.fact(EntitySummary.LEAD_AGENCY);
		EntitySummary leadAgency = lead.isEmpty() ? null
				: catalog.entities(EntityKinds.AGENCY, progress.split(1)).stream()
						.filter(a -> a.name().equals(lead) || a.id().equals(lead)).findFirst().orElse(null);
		return new Loaded(page, parentAgency, leadAgency);
	}

	private void show(Loaded answer) {
		shown = answer.page().orElse(null);
		loaded = true;
		if (shown == null) {
			header.message(input(), "The collection no longer mentions it."); //$NON-NLS-1$
		} else {
			header.show(shown.entity(), answer.parent(), answer.lead());
			// the tab takes the name the catalog knows (the page may have been opened by id)
			EntityPageInput named = new EntityPageInput(input().getKind(), input().getId(), shown.entity().name());
			setPartName(named.getName());
			setTitleToolTip(named.getToolTipText());
		}
		pageTabs.show(shown);
		passagesTab.setText(shown == null ? "&Passages" : PassagesSection.title(shown)); //$NON-NLS-1$
		documentsTab.setText(String.format(Locale.UK, "&Documents (%,d)", shown == null ? 0 : shown.documents().size())); //$NON-NLS-1$
		relatedTab.setText(String.format(Locale.UK, "&Related (%,d)", shown == null ? 0 : RelatedSection.count(shown))); //$NON-NLS-1$
		if (fundingTab != null) {
			fundingTab.setText(String.format(Locale.UK, "F&unding (%,d)", FundingSection.funding(shown).size())); //$NON-NLS-1$
		}
	}

	private void openEntity(EntityPageInput entity) {
		EntityPages.open(getSite().getPage(), entity);
	}

	/** @param tab 0 for passages, 1 documents, 2 related, 3 funding (agencies only) */
	public void showTab(int tab) {
		pageTabs.select(tab);
	}

	/** @return whether the page has been read (or failed to be), for tests */
	public boolean isLoaded() {
		return loaded;
	}

	/** @return the page shown, or null while loading or if the entity is gone */
	public EntityPage getPage() {
		return shown;
	}

	/** @return the header's text, for tests */
	public String getHeaderText() {
		return header.text();
	}

	/** @return the passages table, for tests */
	public TableViewer getPassagesViewer() {
		return viewer(passagesTab, s -> ((PassagesSection) s).rows().viewer());
	}

	/** @return the documents table, for tests */
	public TableViewer getDocumentsViewer() {
		return viewer(documentsTab, s -> ((DocumentsSection) s).rows().viewer());
	}

	/**
	 * @param kind agency, operation or country
	 * @return the table of related entities of that kind, for tests
	 */
	public TableViewer getRelatedViewer(String kind) {
		return viewer(relatedTab, s -> ((RelatedSection) s).rows(kind).viewer());
	}

	/** @return the funding table (agencies only), for tests */
	public TableViewer getFundingViewer() {
		return fundingTab == null ? null : viewer(fundingTab, s -> ((FundingSection) s).rows().viewer());
	}

	private TableViewer viewer(CTabItem tab, Function<PageSection, TableViewer> table) {
		return table.apply(pageTabs.section(tab));
	}

	@Override
	public void setFocus() {
		CTabItem selected = tabs.getSelection();
		if (selected != null && selected.getControl() != null) {
			selected.getControl().setFocus();
		} else {
			tabs.setFocus();
		}
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
