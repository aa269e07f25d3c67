package dossier.ui.internal.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/** The wizard's one page: the list of files, folders and zip archives to import. */
public final class DocumentImportPage extends WizardPage {

	private final List<Path> paths = new ArrayList<>();
	private TableViewer list;

	/** Creates the page. */
	public DocumentImportPage() {
		super("documents"); //$NON-NLS-1$
		setTitle("Import Documents"); //$NON-NLS-1$
		setDescription("Choose files, folders and .zip archives. Folders are read with their subfolders; " //$NON-NLS-1$
				+ "files that have not changed since their last import are skipped."); //$NON-NLS-1$
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(area);
		list = new TableViewer(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider());
		list.setInput(paths);
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 220).span(1, 4).applyTo(list.getControl());
		button(area, "Add &Files\u2026", this::addFiles); //$NON-NLS-1$
		button(area, "Add F&older\u2026", this::addFolder); //$NON-NLS-1$
		button(area, "&Remove", this::removeSelected); //$NON-NLS-1$
		new Label(area, SWT.NONE);
		Label types = new Label(area, SWT.WRAP);
		types.setText("Dossier reads parlparse written answers and statements (XML), UK Parliament written " //$NON-NLS-1$
				+ "questions (JSON, JSON.GZ), web pages (HTML), PDF and plain text, also inside .zip archives."); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(480, SWT.DEFAULT).applyTo(types);
		setControl(area);
		update();
	}

	private static void button(Composite area, String text, Runnable action) {
		Button button = new Button(area, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Add Files"); //$NON-NLS-1$
		if (dialog.open() != null) {
			Path folder = Path.of(dialog.getFilterPath());
			add(Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList());
		}
	}

	private void addFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Add a Folder"); //$NON-NLS-1$
		String folder = dialog.open();
		if (folder != null) {
			add(List.of(Path.of(folder)));
		}
	}

	/** @param added paths to import; ones already listed are not listed twice */
	public void add(List<Path> added) {
		for (Path path : added) {
			if (!paths.contains(path)) {
				paths.add(path);
			}
		}
		list.refresh();
		update();
	}

	private void removeSelected() {
		paths.removeAll(list.getStructuredSelection().toList());
		list.refresh();
		update();
	}

	private void update() {
		Path missing = paths.stream().filter(p -> !Files.exists(p)).findFirst().orElse(null);
		setErrorMessage(missing == null ? null : missing + " does not exist"); //$NON-NLS-1$
		setPageComplete(!paths.isEmpty() && missing == null);
	}

	/** @return the paths to import */
	public List<Path> getPaths() {
		return List.copyOf(paths);
	}
}
