package dossier.ui.internal.views;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import dossier.core.index.Facet;

/**
 * The facets of the current search: each field with its most frequent values and their
 * counts. Double-click or Enter on a value drills down to it. Fields with no values are
 * hidden; fields the user collapsed stay collapsed across searches.
 */
final class FacetPanel {

	private final TreeViewer viewer;
	private final Set<String> collapsed = new HashSet<>();

	FacetPanel(Composite parent, Consumer<FacetValue> drillDown) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new FacetContent());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new FacetLabels()));
		viewer.getTree().setToolTipText("Double-click a value to show only the hits that have it"); //$NON-NLS-1$
		viewer.addOpenListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof FacetValue value) {
				drillDown.accept(value);
			} else if (chosen instanceof Facet facet) {
				viewer.setExpandedState(facet, !viewer.getExpandedState(facet));
			}
		});
		viewer.addTreeListener(new ITreeViewerListener() {
			@Override
			public void treeExpanded(TreeExpansionEvent event) {
				collapsed.remove(((Facet) event.getElement()).field());
			}

			@Override
			public void treeCollapsed(TreeExpansionEvent event) {
				collapsed.add(((Facet) event.getElement()).field());
			}
		});
	}

	/** @param facets the counts of the latest search; empty ones are left out */
	void show(List<Facet> facets) {
		List<Facet> shown = facets.stream().filter(f -> !f.values().isEmpty()).toList();
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(shown);
			for (Facet facet : shown) {
				viewer.setExpandedState(facet, !collapsed.contains(facet.field()));
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/** @return the tree */
	TreeViewer viewer() {
		return viewer;
	}

	/** Facets are the roots, their values the children. */
	private static final class FacetContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Facet facet) {
				return facet.values().stream().map(v -> new FacetValue(facet.field(), v.value(), v.count())).toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Facet facet && !facet.values().isEmpty();
		}
	}

	/** "Department" for a field, "Home Office (4,060)" for a value, the count greyed. */
	private static final class FacetLabels extends LabelProvider implements IStyledLabelProvider {

		@Override
		public StyledString getStyledText(Object element) {
			if (element instanceof Facet facet) {
				return new StyledString(FieldLabels.of(facet.field()));
			}
			FacetValue value = (FacetValue) element;
			StyledString text = new StyledString(value.value().isEmpty() ? "(none)" : value.value()); //$NON-NLS-1$
			return text.append(String.format(" (%,d)", value.count()), StyledString.COUNTER_STYLER); //$NON-NLS-1$
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}
	}
}
