package dossier.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The About dialog: name, version, and the licences of the third-party parts and data. */
public final class AboutDossierDialog extends Dialog {

	static final String LICENCES = "about/licences.txt"; //$NON-NLS-1$
	private final Bundle bundle = FrameworkUtil.getBundle(AboutDossierDialog.class);

	/** @param parent the shell the dialog belongs to */
	public AboutDossierDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About Dossier"); //$NON-NLS-1$
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 2;
		ResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
		Label icon = new Label(area, SWT.NONE);
		icon.setImage(resources.create(ImageDescriptor.createFromURL(bundle.getEntry("icons/dossier64.png")))); //$NON-NLS-1$
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(icon);
		Label name = new Label(area, SWT.NONE);
		name.setText("Dossier " + version()); //$NON-NLS-1$
		name.setFont(JFaceResources.getHeaderFont());
		Label blurb = new Label(area, SWT.WRAP);
		blurb.setText("A desktop knowledge workbench for official documents, built on the Eclipse Rich Client " //$NON-NLS-1$
				+ "Platform and Apache Lucene."); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(blurb);
		Text licences = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
		licences.setText(licences());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(620, 320).applyTo(licences);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** @return the version as users read it: 0.1.0 (build 202611242359) */
	public String version() {
		Version version = bundle.getVersion();
		String base = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		return version.getQualifier().isEmpty() ? base : base + " (build " + version.getQualifier() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the third-party licence notices shipped in the product */
	public String licences() {
		URL entry = bundle.getEntry(LICENCES);
		if (entry == null) {
			return "The licence notices are missing from this build (" + LICENCES + ")."; //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			ILog.of(AboutDossierDialog.class).error("Cannot read " + LICENCES, e); //$NON-NLS-1$
			return "The licence notices cannot be read: " + e.getMessage(); //$NON-NLS-1$
		}
	}
}
