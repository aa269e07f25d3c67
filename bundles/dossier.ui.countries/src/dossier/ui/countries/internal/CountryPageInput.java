package dossier.ui.countries.internal;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of a country page: the country's alpha-2 code, and its name for the tab until
 * the page has read it. Two inputs are equal when their codes are, so a country has one page.
 */
public final class CountryPageInput implements IEditorInput {

	private final String alpha2;
	private final String name;

	/**
	 * @param alpha2 the country's alpha-2 code, in any case
	 * @param name its name, or blank to show the code until the page is read
	 */
	public CountryPageInput(String alpha2, String name) {
		this.alpha2 = Objects.requireNonNull(alpha2, "alpha2").toUpperCase(Locale.ROOT); //$NON-NLS-1$
		this.name = name == null || name.isBlank() ? this.alpha2 : name;
	}

	/** @return the alpha-2 code, upper case */
	public String getAlpha2() {
		return alpha2;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getToolTipText() {
		return "Country: " + name + " (" + alpha2 + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CountryPageInput input && input.alpha2.equals(alpha2);
	}

	@Override
	public int hashCode() {
		return alpha2.hashCode();
	}

	@Override
	public String toString() {
		return getToolTipText();
	}
}
