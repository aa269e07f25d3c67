package dossier.ui.internal.catalog;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;

/**
 * The one of a part's tables that has, or last had, the focus: the part's selection is its
 * selection, and Edit &gt; Copy copies its rows.
 */
public final class FocusedViewer implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private TableViewer current;

	/** @param viewer a table of the part, tracked from now on */
	public void track(TableViewer viewer) {
		if (current == null) {
			current = viewer;
		}
		viewer.getControl().addListener(SWT.FocusIn, e -> {
			if (current != viewer) {
				current = viewer;
				fire(viewer.getSelection());
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (current == viewer) {
				fire(e.getSelection());
			}
		});
	}

	/** @return the table that has or last had the focus, or null if none is tracked */
	public TableViewer current() {
		return current;
	}

	private void fire(ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(l -> l.selectionChanged(event));
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return current == null || current.getControl().isDisposed() ? StructuredSelection.EMPTY : current.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (current != null) {
			current.setSelection(selection, true);
		}
	}
}
