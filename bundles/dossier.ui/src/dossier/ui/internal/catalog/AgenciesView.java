package dossier.ui.internal.catalog;

import java.util.Comparator;

import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;

/**
 * Every agency the collection mentions: name, acronym, type, parent, document and mention
 * counts and the funding it receives in pounds.
 */
public final class AgenciesView extends EntityListView {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.views.agencies"; //$NON-NLS-1$

	@Override
	protected String kind() {
		return EntityKinds.AGENCY;
	}

	@Override
	protected String noun() {
		return "agencies"; //$NON-NLS-1$
	}

	@Override
	protected String filterHint() {
		return "Filter by name, acronym, alias or type"; //$NON-NLS-1$
	}

	@Override
	protected String searchText(EntitySummary agency) {
		return agency.name() + '\n' + agency.id() + '\n' + String.join("\n", agency.aliases()) + '\n' //$NON-NLS-1$
				+ FactLabels.type(agency.fact(EntitySummary.TYPE));
	}

	@Override
	protected TableViewerColumn addColumns(RowTable<EntitySummary> rows) {
		rows.textColumn("Name", 30, EntitySummary::name); //$NON-NLS-1$
		rows.textColumn("Acronym", 10, AgenciesView::acronym); //$NON-NLS-1$
		rows.textColumn("Type", 14, a -> FactLabels.type(a.fact(EntitySummary.TYPE))); //$NON-NLS-1$
		rows.textColumn("Parent", 14, a -> a.fact(EntitySummary.PARENT)); //$NON-NLS-1$
		TableViewerColumn documents = rows.numberColumn("Documents", 9, EntitySummary::documents); //$NON-NLS-1$
		rows.numberColumn("Mentions", 9, EntitySummary::mentions); //$NON-NLS-1$
		rows.column("Funding \u00a3", 14, SWT.RIGHT, a -> Money.pounds(a.fundingInPounds()), //$NON-NLS-1$
				Comparator.comparing(EntitySummary::fundingInPounds), true);
		return documents;
	}

	/**
	 * An agency's id is its acronym when it has one ("SOCA", "MoD"), else a name ("Home
	 * Office", "Metropolitan Police"), which is no acronym.
	 */
	private static String acronym(EntitySummary agency) {
		String id = agency.id();
		return id.equals(agency.name()) || id.chars().anyMatch(Character::isWhitespace) ? "" : id; //$NON-NLS-1$
	}
}
