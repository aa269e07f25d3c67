package dossier.ui.internal.catalog;

import org.eclipse.jface.viewers.TableViewerColumn;

import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;

/**
 * Every operation, campaign and programme the collection mentions, with its period, lead
 * agency, the figures reported with it (as read, never added up) and document and mention
 * counts.
 */
public final class OperationsView extends EntityListView {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.views.operations"; //$NON-NLS-1$

	@Override
	protected String kind() {
		return EntityKinds.OPERATION;
	}

	@Override
	protected String noun() {
		return "operations"; //$NON-NLS-1$
	}

	@Override
	protected String filterHint() {
		return "Filter by name, period, lead agency or type"; //$NON-NLS-1$
	}

	@Override
	protected String searchText(EntitySummary operation) {
		return operation.name() + '\n' + operation.id() + '\n' + String.join("\n", operation.aliases()) + '\n' //$NON-NLS-1$
				+ operation.fact(EntitySummary.PERIOD) + '\n' + operation.fact(EntitySummary.LEAD_AGENCY) + '\n'
				+ FactLabels.type(operation.fact(EntitySummary.TYPE));
	}

	@Override
	protected TableViewerColumn addColumns(RowTable<EntitySummary> rows) {
		rows.textColumn("Name", 20, EntitySummary::name); //$NON-NLS-1$
		rows.textColumn("Period", 9, o -> o.fact(EntitySummary.PERIOD)); //$NON-NLS-1$
		rows.textColumn("Lead agency", 18, o -> o.fact(EntitySummary.LEAD_AGENCY)); //$NON-NLS-1$
		rows.textColumn("Figures", 35, o -> FigureLabels.summary(o.facts())); //$NON-NLS-1$
		TableViewerColumn documents = rows.numberColumn("Documents", 9, EntitySummary::documents); //$NON-NLS-1$
		rows.numberColumn("Mentions", 9, EntitySummary::mentions); //$NON-NLS-1$
		return documents;
	}
}
