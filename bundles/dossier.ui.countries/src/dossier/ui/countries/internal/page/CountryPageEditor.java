package dossier.ui.countries.internal.page;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.catalog.EntityCatalog;
import dossier.core.catalog.EntityPage;
import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;
import dossier.countries.CountryBrief;
import dossier.countries.CountryBriefs;
import dossier.ui.countries.internal.CountryPageInput;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.CatalogCall;
import dossier.ui.internal.catalog.DocumentsSection;
import dossier.ui.internal.catalog.FocusedViewer;
import dossier.ui.internal.catalog.ImportWatcher;
import dossier.ui.internal.catalog.PageTabs;
import dossier.ui.internal.catalog.PassagesSection;
import dossier.ui.internal.catalog.RelatedSection;
import dossier.ui.internal.tables.CopyRowsHandler;

/**
 * A country's page, from its {@link CountryBrief}: the header (name, codes, region, counts;
 * no flag) with Export Brief…; the CIA World Factbook notes of the edition chosen in a
 * combo, beside a chart of mentions per year; and tabs for the passages that mention it
 * (keyword in context, newest first; Enter opens the document at the mention), the
 * documents, the agencies, operations and countries named with it, and the funding stated
 * in its documents. The tabs are the entity page's (dossier.ui), fed with the brief. Read in
 * a Job, and again after every import.
 */
public final class CountryPageEditor extends EditorPart {

	/** The editor's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.countries.editors.country"; //$NON-NLS-1$

	private final FocusedViewer focus = new FocusedViewer();
	private PageTabs pageTabs;
	private CountryHeader header;
	private FactbookPanel factbook;
	private YearChart chart;
	private CTabFolder tabs;
	private CTabItem passagesTab;
	private CTabItem documentsTab;
	private CTabItem relatedTab;
	private CTabItem fundingTab;
	private CatalogCall<Optional<CountryBrief>> call;
	private CountryBrief brief;
	private EntityPage page;
	private boolean loaded;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CountryPageInput)) {
			throw new PartInitException("A country page cannot open " + input.getName()); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		header = new CountryHeader(parent, this::exportBrief);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header.control());
		Label separator = new Label(parent, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(separator);
		SashForm body = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(body);
		SashForm top = new SashForm(body, SWT.HORIZONTAL);
		factbook = new FactbookPanel(top);
		chart = new YearChart(top);
		top.setWeights(58, 42);
		tabs = new CTabFolder(body, SWT.FLAT | SWT.TOP | SWT.BORDER);
		pageTabs = new PageTabs(tabs);
		body.setWeights(40, 60);
		passagesTab = pageTabs.add("&Passages", "Its mentions in context, newest first; Enter opens the document at the mention", //$NON-NLS-1$ //$NON-NLS-2$
				() -> new PassagesSection(tabs, getSite(), focus, EntityKinds.COUNTRY));
		documentsTab = pageTabs.add("&Documents", "The documents that mention it, newest first", //$NON-NLS-1$ //$NON-NLS-2$
				() -> new DocumentsSection(tabs, getSite(), focus));
		relatedTab = pageTabs.add("&Related", "Agencies, operations and countries named in the same documents", //$NON-NLS-1$ //$NON-NLS-2$
				() -> new RelatedSection(tabs, getSite(), focus));
		fundingTab = pageTabs.add("F&unding", "The funding stated in the documents that mention it", //$NON-NLS-1$ //$NON-NLS-2$
				() -> new FundingInDocuments(tabs, getSite(), focus));
		showTab(0);
		getSite().setSelectionProvider(focus);
		CopyRowsHandler.activate(getSite(), focus::current);
		call = new CatalogCall<>("Reading the page of " + input().getName(), this::read, false); //$NON-NLS-1$
		ImportWatcher.reloadAfterImports(tabs, this::load);
		load();
	}

	private CountryPageInput input() {
		return (CountryPageInput) getEditorInput();
	}

	/** Reads the brief in a Job; the page says "Loading…" meanwhile. */
	void load() {
		loaded = false;
		header.message(input().getName(), "Loading\u2026"); //$NON-NLS-1$
		call.ask(tabs, this::show, reason -> {
			header.message(input().getName(), "Cannot read this page: " + reason); //$NON-NLS-1$
			loaded = true;
		});
	}

	private Optional<CountryBrief> read(EntityCatalog catalog, IProgressMonitor monitor) throws IOException {
		return Services.get(CountryBriefs.class).brief(input().getAlpha2(), monitor);
	}

	private void show(Optional<CountryBrief> answer) {
		brief = answer.orElse(null);
		page = brief == null ? null : entityPage(brief);
		loaded = true;
		if (brief == null) {
			header.message(input().getName(), "Dossier knows no country with the code " + input().getAlpha2() + "."); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			header.show(brief);
			// the tab takes the atlas's name (the page may have been opened by code)
			CountryPageInput named = new CountryPageInput(input().getAlpha2(), brief.country().name());
			setPartName(named.getName());
			setTitleToolTip(named.getToolTipText());
		}
		factbook.show(brief);
		chart.show(brief);
		pageTabs.show(page);
		passagesTab.setText(page == null ? "&Passages" : PassagesSection.title(page)); //$NON-NLS-1$
		documentsTab.setText(String.format(Locale.UK, "&Documents (%,d)", page == null ? 0 : page.documents().size())); //$NON-NLS-1$
		relatedTab.setText(String.format(Locale.UK, "&Related (%,d)", page == null ? 0 : RelatedSection.count(page))); //$NON-NLS-1$
		fundingTab.setText(String.format(Locale.UK, "F&unding (%,d)", page == null ? 0 : page.funding().size())); //$NON-NLS-1$
	}

	/**
	 * @param brief a country's brief
	 * @return what the collection says about it as an entity page, for the entity page's tabs
	 */
	static EntityPage entityPage(CountryBrief brief) {
		EntitySummary entity = new EntitySummary(EntityKinds.COUNTRY, brief.country().alpha2(), brief.country().name(),
				brief.documentCount(), brief.mentionCount(), brief.country().aliases(), Map.of(), Map.of());
		return new EntityPage(entity, brief.passages(), brief.references().stream().map(r -> r.document()).toList(),
				Map.of(EntityKinds.AGENCY, brief.agencies(), EntityKinds.OPERATION, brief.operations(),
						EntityKinds.COUNTRY, brief.countries()),
				brief.funding());
	}

	/** Asks where to write the brief, and writes it as Markdown and HTML. */
	public void exportBrief() {
		if (brief == null) {
			return;
		}
		Path chosen = BriefExport.ask(getSite().getShell(), brief);
		if (chosen == null) {
			return;
		}
		try {
			List<Path> written = exportBrief(chosen);
			MessageDialog.openInformation(getSite().getShell(), "Brief Exported", //$NON-NLS-1$
					"The brief of " + brief.country().name() + " is in\n" + written.get(0) + "\nand\n" + written.get(1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (IOException e) {
			StatusManager.getManager().handle(Status.error("Cannot export the brief: " + e.getMessage(), e), //$NON-NLS-1$
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/**
	 * Writes the brief without asking.
	 *
	 * @param markdown the Markdown file; the HTML file goes beside it
	 * @return the files written, Markdown first
	 * @throws IOException if a file cannot be written
	 * @throws IllegalStateException if the page has not been read
	 */
	public List<Path> exportBrief(Path markdown) throws IOException {
		if (brief == null) {
			throw new IllegalStateException("The page has not been read yet"); //$NON-NLS-1$
		}
		return BriefExport.write(brief, markdown);
	}

	/** @param tab 0 for passages, 1 documents, 2 related, 3 funding */
	public void showTab(int tab) {
		pageTabs.select(tab);
	}

	/**
	 * Chooses a Factbook edition in the combo.
	 *
	 * @param year the edition
	 * @return whether the country has notes in it
	 */
	public boolean showNotesOf(int year) {
		return factbook.selectYear(year);
	}

	/** @return whether the page has been read (or failed to be), for tests */
	public boolean isLoaded() {
		return loaded;
	}

	/** @return the brief shown, or null while loading or for an unknown code */
	public CountryBrief getBrief() {
		return brief;
	}

	/** @return the header's text, for tests */
	public String getHeaderText() {
		return header.text();
	}

	/** @return the Factbook notes as shown, for tests */
	public String getNotesText() {
		return factbook.text();
	}

	/** @return the combo of Factbook editions, for tests */
	public Combo getYearCombo() {
		return factbook.combo();
	}

	/** @return the years on the chart's axis, for tests */
	public String[] getChartYears() {
		return chart.years();
	}

	/** @return the mentions of each year on the chart, for tests */
	public double[] getChartMentions() {
		return chart.mentions();
	}

	/** @return the passages table, for tests */
	public TableViewer getPassagesViewer() {
		return ((PassagesSection) pageTabs.section(passagesTab)).rows().viewer();
	}

	/** @return the documents table, for tests */
	public TableViewer getDocumentsViewer() {
		return ((DocumentsSection) pageTabs.section(documentsTab)).rows().viewer();
	}

	/**
	 * @param kind agency, operation or country
	 * @return the table of entities of that kind named with the country, for tests
	 */
	public TableViewer getRelatedViewer(String kind) {
		return ((RelatedSection) pageTabs.section(relatedTab)).rows(kind).viewer();
	}

	/** @return the funding table, for tests */
	public TableViewer getFundingViewer() {
		return ((FundingInDocuments) pageTabs.section(fundingTab)).rows().viewer();
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
