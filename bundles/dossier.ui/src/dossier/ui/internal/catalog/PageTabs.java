package dossier.ui.internal.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;

import dossier.core.catalog.EntityPage;

/**
 * The tabs of an entity page (or a country page): each tab's section is made when the tab
 * is first shown, so opening a page builds one table, not four, and is given the page shown.
 */
public final class PageTabs {

	private final CTabFolder folder;
	private final Map<CTabItem, Supplier<PageSection>> makers = new LinkedHashMap<>();
	private final Map<CTabItem, PageSection> sections = new LinkedHashMap<>();
	private EntityPage shown;

	/** @param folder the tab folder to fill */
	public PageTabs(CTabFolder folder) {
		this.folder = folder;
		folder.addListener(SWT.Selection, e -> section((CTabItem) e.item));
	}

	/**
	 * @param text the tab's text, with its mnemonic
	 * @param toolTip what the tab shows
	 * @param maker makes its section, when the tab is first shown
	 * @return the tab
	 */
	public CTabItem add(String text, String toolTip, Supplier<PageSection> maker) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(text);
		item.setToolTipText(toolTip);
		makers.put(item, maker);
		return item;
	}

	/** @param page the page to show in every section made, and in those made later; null for none */
	public void show(EntityPage page) {
		shown = page;
		sections.values().forEach(s -> s.show(page));
	}

	/** @param tab the index of the tab to bring to the front, its section made if need be */
	public void select(int tab) {
		CTabItem item = folder.getItem(tab);
		section(item);
		folder.setSelection(item);
	}

	/** @return the tab folder */
	public CTabFolder folder() {
		return folder;
	}

	/**
	 * @param item one of the tabs
	 * @return its section, made now if the tab has not been shown yet
	 */
	public PageSection section(CTabItem item) {
		return sections.computeIfAbsent(item, i -> {
			PageSection section = makers.get(i).get();
			i.setControl(section.control());
			if (shown != null) {
				section.show(shown);
			}
			return section;
		});
	}
}
