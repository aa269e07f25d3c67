package dossier.ui.internal.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import dossier.core.index.SearchHit;
import dossier.core.index.SearchRequest.Sort;

/**
 * The page of hits: title, best passages, answer date, department. Clicking "Answered"
 * asks for newest or oldest first, "Title" or "Best passages" for relevance (both a new
 * search); "Department" sorts the page on screen.
 */
final class HitTable {

	private final TableViewer viewer;
	private final TableColumn answered;
	private final TableColumn department;
	private Sort sort = Sort.RELEVANCE;
	/** 0: the page as the index ordered it; 1 or -1: by department, up or down. */
	private int departmentOrder;

	HitTable(Composite parent, Consumer<Sort> sortRequest) {
		Composite area = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		TableColumnLayout layout = new TableColumnLayout();
		area.setLayout(layout);
		viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableColumn title = column(layout, "Title", 25, hit -> hit.title()); //$NON-NLS-1$
		TableViewerColumn snippet = new TableViewerColumn(viewer, SWT.NONE);
		snippet.getColumn().setText("Best passages"); //$NON-NLS-1$
		snippet.setLabelProvider(new SnippetLabelProvider());
		layout.setColumnData(snippet.getColumn(), new ColumnWeightData(45, 200));
		answered = column(layout, "Answered", 12, hit -> hit.answerDate().map(Object::toString).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		department = column(layout, "Department", 18, SearchHit::department); //$NON-NLS-1$
		title.addListener(SWT.Selection, e -> sortRequest.accept(Sort.RELEVANCE));
		snippet.getColumn().addListener(SWT.Selection, e -> sortRequest.accept(Sort.RELEVANCE));
		answered.addListener(SWT.Selection, e -> sortRequest.accept(sort == Sort.NEWEST ? Sort.OLDEST : Sort.NEWEST));
		department.addListener(SWT.Selection, e -> sortByDepartment());
		title.setToolTipText("Sort by relevance"); //$NON-NLS-1$
		answered.setToolTipText("Sort by answer date, newest or oldest first"); //$NON-NLS-1$
		department.setToolTipText("Sort this page by department"); //$NON-NLS-1$
	}

	private TableColumn column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<SearchHit, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SearchHit) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((SearchHit) element).source();
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 120));
		return column.getColumn();
	}

	/** @param newSort the order the index was asked for; shown on the header, page sort dropped */
	void showSort(Sort newSort) {
		sort = newSort;
		departmentOrder = 0;
		viewer.setComparator(null);
		viewer.getTable().setSortColumn(newSort == Sort.RELEVANCE ? null : answered);
		viewer.getTable().setSortDirection(newSort == Sort.NEWEST ? SWT.DOWN : newSort == Sort.OLDEST ? SWT.UP : SWT.NONE);
	}

	private void sortByDepartment() {
		departmentOrder = departmentOrder == 1 ? -1 : 1;
		viewer.getTable().setSortColumn(department);
		viewer.getTable().setSortDirection(departmentOrder == 1 ? SWT.UP : SWT.DOWN);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return departmentOrder * ((SearchHit) a).department().compareToIgnoreCase(((SearchHit) b).department());
			}
		});
	}

	/** @param hits the page to show */
	void show(List<SearchHit> hits) {
		viewer.setInput(hits);
	}

	/** @return the selected hits as tab-separated lines: id, title, answered, department */
	String selectionAsText() {
		StringBuilder text = new StringBuilder();
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			SearchHit hit = (SearchHit) element;
			text.append(cell(hit.id())).append('\t').append(cell(hit.title())).append('\t')
					.append(hit.answerDate().map(Object::toString).orElse("")).append('\t') //$NON-NLS-1$
					.append(cell(hit.department())).append(System.lineSeparator());
		}
		return text.toString();
	}

	/** Tabs and line breaks inside a value would break the row apart. */
	private static String cell(String value) {
		return value.replaceAll("[\t\r\n]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	TableViewer viewer() {
		return viewer;
	}
}
