package dossier.ui.countries.internal;

import org.eclipse.core.runtime.IAdapterFactory;

import dossier.core.entity.EntityKinds;
import dossier.ui.countries.internal.page.CountryPageEditor;
import dossier.ui.internal.catalog.EntityPageInput;
import dossier.ui.internal.catalog.PageRoute;

/**
 * Routes the entity pages of countries to the country page: wherever the workbench opens an
 * entity page for a country (the Entities view, an entity page's related countries, Ctrl+click
 * or F4 on a country in the document viewer), the country page opens instead. Registered in
 * plugin.xml as an adapter factory from {@link EntityPageInput} to {@link PageRoute}.
 */
public final class CountryPageRoute implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == PageRoute.class && adaptable instanceof EntityPageInput input
				&& input.getKind().equals(EntityKinds.COUNTRY)) {
			return adapterType.cast(new PageRoute(CountryPageEditor.ID,
					new CountryPageInput(input.getId(), input.getEntityName())));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { PageRoute.class };
	}
}
