package dossier.ui.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;

/**
 * The top of an entity page: the name, a line with kind, acronym, type, parent or lead
 * agency (links to their pages) and counts, the other ways it is written, and its facts
 * (period, figures, funding received) as label and value.
 */
final class EntityHeader {

	private final Composite composite;
	private final Label title;
	private final Link line;
	private final Label aliases;
	private final Composite facts;
	private final List<EntityPageInput> links = new ArrayList<>();

	/**
	 * @param parent where to create it
	 * @param open opens the page of an entity the header links to
	 */
	EntityHeader(Composite parent, Consumer<EntityPageInput> open) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 8).spacing(4, 4).applyTo(composite);
		title = new Label(composite, SWT.WRAP);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		line = new Link(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(line);
		line.addListener(SWT.Selection, e -> {
			int link = e.text == null ? -1 : Integer.parseInt(e.text);
			if (link >= 0 && link < links.size()) {
				open.accept(links.get(link));
			}
		});
		aliases = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(aliases);
		facts = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 2).applyTo(facts);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
	}

	/**
	 * Says the page is being read.
	 *
	 * @param input the entity
	 * @param message what is happening ("Loading…") or went wrong
	 */
	void message(EntityPageInput input, String message) {
		title.setText(input.getEntityName());
		links.clear();
		line.setText(escape(FactLabels.kind(input.getKind()) + "  \u00b7  " + message)); //$NON-NLS-1$
		aliases.setText(""); //$NON-NLS-1$
		setFacts(List.of());
		relayout();
	}

	/**
	 * Shows an entity.
	 *
	 * @param entity the entity
	 * @param parent its parent agency as the catalog knows it, or null
	 * @param lead its lead agency as the catalog knows it, or null
	 */
	void show(EntitySummary entity, EntitySummary parent, EntitySummary lead) {
		title.setText(entity.name());
		links.clear();
		List<String> parts = new ArrayList<>();
		parts.add(escape(FactLabels.kind(entity.kind())));
		if (!entity.id().equals(entity.name())) {
			parts.add(escape(entity.id()));
		}
		String type = FactLabels.type(entity.fact(EntitySummary.TYPE));
		if (!type.isEmpty() && !(entity.kind().equals(EntityKinds.OPERATION) && type.equals("Operation"))) { //$NON-NLS-1$
			parts.add(escape(type));
		}
		String parentName = entity.fact(EntitySummary.PARENT);
		if (!parentName.isEmpty()) {
			parts.add("part of " + link(parent, parentName)); //$NON-NLS-1$
		}
		String leadName = entity.fact(EntitySummary.LEAD_AGENCY);
		if (!leadName.isEmpty()) {
			parts.add("lead agency " + link(lead, leadName)); //$NON-NLS-1$
		}
		parts.add(count(entity.mentions(), "mention") + " in " + count(entity.documents(), "document")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		line.setText(String.join("  \u00b7  ", parts)); //$NON-NLS-1$
		aliases.setText(entity.aliases().isEmpty() ? "" : "Also written as: " + String.join(", ", entity.aliases())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<Map.Entry<String, String>> details = new ArrayList<>(FactLabels.details(entity));
		details.removeIf(d -> d.getKey().equals(FactLabels.fact(EntitySummary.TYPE)));
		if (!entity.funding().isEmpty()) {
			details.add(Map.entry("Funding received", Money.totals(entity.funding()))); //$NON-NLS-1$
		}
		setFacts(details);
		relayout();
	}

	// the header's height may change with its lines: lay out the editor, not the tables' contents
	private void relayout() {
		composite.layout(true, true);
		composite.getParent().layout(new Control[] { composite });
	}

	private String link(EntitySummary agency, String name) {
		if (agency == null) {
			return escape(name);
		}
		links.add(new EntityPageInput(agency.kind(), agency.id(), agency.name()));
		return "<a href=\"" + (links.size() - 1) + "\">" + escape(agency.name()) + "</a>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void setFacts(List<Map.Entry<String, String>> details) {
		for (Control old : facts.getChildren()) {
			old.dispose();
		}
		for (Map.Entry<String, String> detail : details) {
			Label name = new Label(facts, SWT.NONE);
			name.setText(detail.getKey());
			name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
			Label value = new Label(facts, SWT.WRAP);
			value.setText(detail.getValue());
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(value);
		}
		((GridData) facts.getLayoutData()).exclude = details.isEmpty();
		facts.setVisible(!details.isEmpty());
	}

	/** @return the header's text, every line, for tests */
	String text() {
		StringBuilder text = new StringBuilder(title.getText()).append('\n')
				.append(line.getText().replaceAll("<[^>]*>", "")).append('\n').append(aliases.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		for (Control child : facts.getChildren()) {
			text.append('\n').append(((Label) child).getText());
		}
		return text.toString();
	}

	/** @return the composite, for layout data */
	Control control() {
		return composite;
	}

	private static String count(int n, String noun) {
		return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	// a Link reads '&' as a mnemonic
	private static String escape(String text) {
		return text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
