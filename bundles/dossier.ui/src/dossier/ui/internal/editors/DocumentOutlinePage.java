package dossier.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

/**
 * The Outline of a document: its entities grouped by kind, each with how often the
 * document names it. Selecting an entity selects its next mention in the text.
 */
public final class DocumentOutlinePage extends ContentOutlinePage {

	/** A kind with its entities, in the order the document first names them. */
	record KindGroup(String kind, List<EntityGroup> entities) {
	}

	/** An entity with its mentions in this document; adapts to its first mention, so views can follow it. */
	record EntityGroup(String kind, String id, String name, List<Mention> mentions) implements IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == Mention.class ? adapter.cast(mentions.get(0)) : null;
		}
	}

	private final Consumer<Mention> reveal;
	private List<KindGroup> groups = List.of();
	/** How many times in a row the same entity was selected, to step through its mentions. */
	private EntityGroup lastSelected;
	private int step;

	/** @param reveal shows a mention in the document's text */
	DocumentOutlinePage(Consumer<Mention> reveal) {
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return groups.toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof KindGroup k ? k.entities().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof KindGroup;
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof KindGroup k) {
					return label(k.kind()) + " (" + k.entities().size() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				}
				EntityGroup e = (EntityGroup) element;
				return e.name() + (e.mentions().size() > 1 ? "  \u00d7" + e.mentions().size() : ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		viewer.setInput(this);
		viewer.expandAll();
		viewer.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof EntityGroup entity) {
				step = entity.equals(lastSelected) ? step + 1 : 0;
				lastSelected = entity;
				reveal.accept(entity.mentions().get(step % entity.mentions().size()));
			}
		});
		// selecting the same entity again (Enter, double-click) steps to its next mention
		viewer.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof EntityGroup entity) {
				step++;
				reveal.accept(entity.mentions().get(step % entity.mentions().size()));
			}
		});
	}

	/** @param document the document now shown, or null while loading */
	void show(SourceDocument document) {
		groups = group(document == null ? List.of() : document.mentions());
		lastSelected = null;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
			viewer.expandAll();
			viewer.setSelection(StructuredSelection.EMPTY);
		}
	}

	/** @return the groups shown, for tests */
	List<KindGroup> groups() {
		return groups;
	}

	static List<KindGroup> group(List<Mention> mentions) {
		Map<String, Map<String, List<Mention>>> byKind = new LinkedHashMap<>();
		for (String kind : EntityKinds.BUILT_IN) {
			byKind.put(kind, new LinkedHashMap<>());
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (Mention m : mentions) {
			byKind.computeIfAbsent(m.kind(), k -> new LinkedHashMap<>()).computeIfAbsent(m.entityId(), id -> new ArrayList<>())
					.add(m);
			names.putIfAbsent(m.kind() + '\u0000' + m.entityId(), m.entityName());
		}
		List<KindGroup> groups = new ArrayList<>();
		byKind.forEach((kind, entities) -> {
			if (!entities.isEmpty()) {
				List<EntityGroup> list = new ArrayList<>();
				entities.forEach((id, list2) -> list.add(new EntityGroup(kind, id, names.get(kind + '\u0000' + id), list2)));
				groups.add(new KindGroup(kind, list));
			}
		});
		return groups;
	}

	private static String label(String kind) {
		return switch (kind) {
		case EntityKinds.AGENCY -> "Agencies"; //$NON-NLS-1$
		case EntityKinds.OPERATION -> "Operations"; //$NON-NLS-1$
		case EntityKinds.FUNDING -> "Funding"; //$NON-NLS-1$
		case EntityKinds.COUNTRY -> "Countries"; //$NON-NLS-1$
		default -> kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.substring(1);
		};
	}
}
