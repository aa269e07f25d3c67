package dossier.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves the workbench window as a PNG when the environment variable DOSSIER_SCREENSHOTS names
 * a folder, so that a test run can be looked at; does nothing otherwise.
 */
final class Screenshots {

	private Screenshots() {
	}

	/** @param name the file's name, without .png */
	static void save(String name) {
		String folder = System.getenv("DOSSIER_SCREENSHOTS");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) { // let everything paint
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			Files.createDirectories(Path.of(folder));
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
