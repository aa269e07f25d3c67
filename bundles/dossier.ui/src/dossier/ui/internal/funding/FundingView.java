package dossier.ui.internal.funding;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.catalog.EntityCatalog;
import dossier.core.catalog.EntitySummary;
import dossier.core.catalog.FundingFact;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.ui.internal.Services;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.funding.FundingTotals.Total;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.internal.tables.CopyRowsHandler;
import dossier.ui.internal.tables.ExportRowsAction;

/**
 * The amounts of money the collection states, with totals by recipient and by year and a
 * chart of the top recipients; filters narrow facts and totals together, selecting a
 * recipient (here, or an agency in another view) narrows the facts to it. The facts are
 * read from the {@link EntityCatalog} (in a Job unless it is current) and then filtered in
 * memory, on every key stroke.
 */
public final class FundingView extends ViewPart {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.views.funding"; //$NON-NLS-1$
	private static final Set<String> RECIPIENT_KINDS = Set.of(EntityKinds.AGENCY, EntityKinds.FUNDING);
	static final String COUNTING = "Counting funding in the collection\u2026"; //$NON-NLS-1$
	static final String NONE_YET = "No funding facts yet: import documents (File > Import Files\u2026) and the amounts " //$NON-NLS-1$
			+ "of money they state are listed here, with who receives them."; //$NON-NLS-1$

	private FundingLayout ui;
	private FundingActions actions;
	private FundingFacts facts = FundingFacts.EMPTY;
	private Comparator<FundingFact> order;
	/** The recipient whose facts are shown, or null for all. */
	private String recipient;
	private Job loading;
	/** From a load's start until its facts or its failure are shown. */
	private boolean counting;
	/** Counts the loads, so that a superseded one's facts are dropped. */
	private int loads;
	/** While totals are being replaced, their selection events are not the user's. */
	private boolean updating;
	private final ISelectionListener follower = this::follow;
	/** Reads the facts again when the view comes back into sight after the index changed. */
	private final IPartListener2 visibility = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == FundingView.this) {
				loadIfStale();
			}
		}
	};
	private final IJobChangeListener importListener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ImportJobs.FAMILY)) {
				inUi(() -> {
					if (getSite().getPage().isPartVisible(FundingView.this)) {
						load();
					}
				});
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		ui = new FundingLayout(parent, this::refilter, this::sortBy);
		ui.facts().viewer().addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
		ui.recipients().viewer().addSelectionChangedListener(e -> recipientChosen());
		ui.recipients().viewer().addOpenListener(e -> ui.facts().viewer().getControl().setFocus());
		ui.years().viewer().addOpenListener(e -> yearChosen());
		getSite().setSelectionProvider(ui.facts().viewer());
		CopyRowsHandler.activate(getSite(), ui.facts().viewer());
		actions = new FundingActions(getViewSite().getActionBars(), ui, this::load);
		getSite().getPage().addPostSelectionListener(follower);
		getSite().getPage().addPartListener(visibility);
		Job.getJobManager().addJobChangeListener(importListener);
		load();
	}

	/**
	 * Reads the facts from the catalog: at once when it is current (served from memory),
	 * else in a Job, saying so while it counts.
	 */
	public void load() {
		EntityCatalog catalog;
		try {
			catalog = Services.get(EntityCatalog.class);
		} catch (IllegalStateException e) {
			ui.showMessage(e.getMessage());
			return;
		}
		if (loading != null) {
			loading.cancel();
		}
		int load = ++loads;
		Comparator<FundingFact> sortOrder = order;
		if (catalog.isCurrent()) {
			try {
				show(read(catalog, sortOrder, new NullProgressMonitor()), sortOrder);
			} catch (IOException | RuntimeException e) {
				failed(e);
			}
			return;
		}
		counting = true;
		ui.showMessage(COUNTING);
		Job job = Job.create(COUNTING, monitor -> {
			try {
				FundingFacts read = read(catalog, sortOrder, monitor);
				inUi(() -> {
					if (load == loads) {
						show(read, sortOrder);
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				inUi(() -> {
					if (load == loads) {
						failed(e);
					}
				});
				return Status.OK_STATUS;
			}
		});
		loading = job;
		job.schedule();
	}

	private static FundingFacts read(EntityCatalog catalog, Comparator<FundingFact> sortOrder,
			IProgressMonitor monitor) throws IOException {
		FundingFacts read = FundingFacts.of(catalog.fundingFacts(monitor));
		return sortOrder == null ? read : read.sortedBy(sortOrder);
	}

	private void failed(Exception e) {
		ILog.of(FundingView.class).error("Cannot count the funding in the collection", e); //$NON-NLS-1$
		counting = false;
		ui.showMessage("Cannot count the funding in the collection: " + e.getMessage()); //$NON-NLS-1$
	}

	private void loadIfStale() {
		boolean idle = loading == null || loading.getState() == Job.NONE;
		try {
			if (idle && !Services.get(EntityCatalog.class).isCurrent()) {
				load();
			}
		} catch (IllegalStateException e) {
			ui.showMessage(e.getMessage());
		}
	}

	private void show(FundingFacts read, Comparator<FundingFact> sortOrder) {
		counting = false;
		facts = sortOrder == order ? read : read.sortedBy(order);
		ui.filters().setYears(facts.years());
		if (facts.size() == 0) {
			ui.showMessage(NONE_YET);
		} else {
			ui.showContent();
		}
		refilter();
	}

	/** Applies the filters to the facts in memory: the table, both totals and the chart. */
	private void refilter() {
		FundingFilter filter = ui.filters().filter();
		List<FundingFact> anyRecipient = facts.selectAnyRecipient(filter);
		List<Total> byRecipient = FundingTotals.byRecipient(anyRecipient);
		if (recipient != null && byRecipient.stream().noneMatch(t -> recipient.equals(t.key()))) {
			recipient = null;
		}
		FundingFilter narrowed = filter.withRecipient(recipient);
		List<FundingFact> shown = recipient == null ? anyRecipient
				: anyRecipient.stream().filter(narrowed::acceptsRecipient).toList();
		updating = true;
		try {
			ui.recipients().show(byRecipient);
			if (recipient != null) {
				ui.recipients().select(recipient);
			}
			ui.chart().show(byRecipient);
			ui.years().show(FundingTotals.byYear(shown));
			ui.facts().show(shown);
		} finally {
			updating = false;
		}
		ui.filters().setStatus(status(filter, shown.size(), byRecipient));
	}

	private String status(FundingFilter filter, int shown, List<Total> byRecipient) {
		String what = filter.includeNonFunding() ? "amounts" : "funding facts"; //$NON-NLS-1$ //$NON-NLS-2$
		int all = filter.includeNonFunding() ? facts.size() : facts.fundingCount();
		String line = shown == all ? String.format("%,d %s", all, what) //$NON-NLS-1$
				: String.format("%,d of %,d %s", shown, all, what); //$NON-NLS-1$
		if (recipient != null) {
			String name = byRecipient.stream().filter(t -> recipient.equals(t.key())).findFirst().map(Total::label)
					.orElse(recipient);
			line += " to " + name; //$NON-NLS-1$
		}
		return line;
	}

	private void recipientChosen() {
		String chosen = ui.recipients().selectedKey();
		if (!updating && !Objects.equals(chosen, recipient)) {
			recipient = chosen;
			refilter();
		}
	}

	private void yearChosen() {
		String year = ui.years().selectedKey();
		if (year == null) {
			ui.filters().selectYear(null);
		} else if (!year.isEmpty()) {
			ui.filters().selectYear(Integer.valueOf(year));
		}
	}

	/**
	 * Shows the facts of one recipient, as selecting it in the totals does.
	 *
	 * @param recipientId the recipient's id, or {@code null} for all
	 * @return whether the recipient receives any of the facts the filters let through
	 */
	public boolean showRecipient(String recipientId) {
		return ui.recipients().select(recipientId);
	}

	/** Follows an agency, funding recipient or funding fact selected in another view. */
	private void follow(IWorkbenchPart part, ISelection selection) {
		if (part != this && selection instanceof IStructuredSelection structured) {
			recipientOf(structured.getFirstElement()).ifPresent(this::showRecipient);
		}
	}

	private static Optional<String> recipientOf(Object element) {
		if (element instanceof EntityCount entity && RECIPIENT_KINDS.contains(entity.kind())) {
			return Optional.of(entity.id());
		}
		if (element instanceof EntitySummary entity && RECIPIENT_KINDS.contains(entity.kind())) {
			return Optional.of(entity.id());
		}
		if (element instanceof FundingFact fact && !fact.recipientId().isEmpty()) {
			return Optional.of(fact.recipientId());
		}
		return Optional.empty();
	}

	private void sortBy(Comparator<FundingFact> newOrder) {
		order = newOrder;
		BusyIndicator.showWhile(ui.facts().viewer().getControl().getDisplay(), () -> {
			facts = facts.sortedBy(newOrder);
			refilter();
		});
	}

	private void open(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof FundingFact fact) {
			try {
				DocumentEditor.open(getSite().getPage(), fact.document().id(), fact.document().title(), fact.start(),
						fact.end());
			} catch (PartInitException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}

	private void inUi(Runnable runnable) {
		if (ui == null) {
			return;
		}
		ui.facts().viewer().getControl().getDisplay().asyncExec(() -> {
			if (!ui.facts().viewer().getControl().isDisposed()) {
				runnable.run();
			}
		});
	}

	/** @return whether the facts are being read, for tests */
	public boolean isCounting() {
		return counting;
	}

	/** @return the facts table, for tests */
	public TableViewer getFactsViewer() {
		return ui.facts().viewer();
	}

	/** @return the totals by recipient, for tests */
	public TableViewer getRecipientsViewer() {
		return ui.recipients().viewer();
	}

	/** @return the totals by year, for tests */
	public TableViewer getYearsViewer() {
		return ui.years().viewer();
	}

	/** @return the filter text, for tests */
	public Text getFilterText() {
		return ui.filters().text();
	}

	/** @return the year filter, for tests */
	public Combo getYearCombo() {
		return ui.filters().year();
	}

	/** @return the check box for amounts that are not funding, for tests */
	public Button getNonFundingCheck() {
		return ui.filters().nonFunding();
	}

	/** @return the line saying what is shown, for tests */
	public String getStatusText() {
		return ui.filters().status();
	}

	/** @return the message shown instead of the facts, or the empty string, for tests */
	public String getMessageText() {
		return ui.messageText();
	}

	/** @return the recipients the chart draws, largest first, for tests */
	public List<String> getChartRecipients() {
		return ui.chart().shown().stream().map(Total::key).toList();
	}

	/** @return the action exporting the facts shown, for tests */
	public ExportRowsAction getExportFactsAction() {
		return actions.exportFacts();
	}

	@Override
	public void setFocus() {
		ui.filters().text().setFocus();
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(importListener);
		getSite().getPage().removePostSelectionListener(follower);
		getSite().getPage().removePartListener(visibility);
		if (loading != null) {
			loading.cancel();
		}
		super.dispose();
	}
}
