package dossier.ui.countries.internal.map;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import dossier.core.catalog.EntityCatalog;
import dossier.countries.Country;
import dossier.countries.CountryAtlas;
import dossier.countries.CountryOutline;
import dossier.countries.MapResolution;
import dossier.ui.countries.internal.CountryPages;
import dossier.ui.countries.internal.CountryRow;
import dossier.ui.countries.internal.CountryRows;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.CatalogCall;
import dossier.ui.internal.catalog.ImportWatcher;

/**
 * The world map of mentions per country ({@link WorldMap}): the outlines and counts are read
 * in a Job, the counts again after every import. A click on a country, or Enter on the one
 * chosen with Page Down, opens its country page. The toolbar zooms in and out and shows the
 * whole world; the view's description sums up the collection's countries.
 */
public final class WorldMapView extends ViewPart {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.countries.views.map"; //$NON-NLS-1$

	private WorldMap map;
	private CatalogCall<Loaded> call;
	private volatile boolean outlinesShown;
	private boolean loaded;

	/** What the map shows: the outlines (read once) and every country's counts. */
	private record Loaded(List<CountryOutline> outlines, Map<String, String> names, List<CountryRow> rows) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		map = new WorldMap(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(map.control());
		map.onOpen(code -> CountryPages.open(getSite().getPage(), code, "")); //$NON-NLS-1$
		initToolBar();
		setContentDescription("Loading the map\u2026"); //$NON-NLS-1$
		call = new CatalogCall<>("Drawing the world map of mentions", this::read, false); //$NON-NLS-1$
		ImportWatcher.reloadAfterImports(map.control(), this::load);
		load();
	}

	private void initToolBar() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(action("Zoom &In (+)", "icons/zoomin16.png", map::zoomIn)); //$NON-NLS-1$ //$NON-NLS-2$
		toolBar.add(action("Zoom &Out (-)", "icons/zoomout16.png", map::zoomOut)); //$NON-NLS-1$ //$NON-NLS-2$
		toolBar.add(action("&Whole World (0)", "icons/globe16.png", map::reset)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static IAction action(String text, String icon, Runnable run) {
		IAction action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		ResourceLocator.imageDescriptorFromBundle(WorldMapView.class, icon).ifPresent(action::setImageDescriptor);
		return action;
	}

	/** Reads the counts (and, the first time, the outlines) in a Job. */
	void load() {
		loaded = false;
		call.ask(map.control(), this::show, reason -> {
			setContentDescription("Cannot draw the map: " + reason); //$NON-NLS-1$
			loaded = true;
		});
	}

	private Loaded read(EntityCatalog catalog, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		List<CountryOutline> outlines = null;
		Map<String, String> names = null;
		if (!outlinesShown) {
			CountryAtlas atlas = Services.get(CountryAtlas.class);
			outlines = atlas.outlines(MapResolution.MEDIUM);
			names = atlas.countries().stream().collect(Collectors.toMap(Country::alpha2, Country::name, (a, b) -> a));
		}
		progress.worked(1);
		return new Loaded(outlines, names, CountryRows.read(catalog, progress.split(1)));
	}

	private void show(Loaded answer) {
		if (answer.outlines() != null) {
			map.setOutlines(answer.outlines(), answer.names());
			outlinesShown = true;
		}
		map.setCounts(answer.rows());
		long mentioned = answer.rows().stream().filter(r -> r.mentions() > 0).count();
		setContentDescription((mentioned == 0 ? "The collection mentions no country yet" //$NON-NLS-1$
				: mentioned + " countries mentioned") + "; click one to open it, the wheel zooms, drag to pan"); //$NON-NLS-1$ //$NON-NLS-2$
		setTitleToolTip(WorldMap.keysHelp());
		loaded = true;
	}

	/** @return the map, for tests */
	public WorldMap getMap() {
		return map;
	}

	/** @return whether the map has been read (or failed to be), for tests */
	public boolean isLoaded() {
		return loaded;
	}

	@Override
	public void setFocus() {
		map.control().setFocus();
	}
}
