package dossier.ui.internal.editors;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.util.Util;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;

import dossier.core.entity.Mention;
import dossier.ui.internal.catalog.EntityPageInput;
import dossier.ui.internal.catalog.EntityPages;

/**
 * Mentions in the document viewer lead to their entities' pages: Ctrl+click (Cmd+click on
 * macOS) on a mention, or F4 with the caret in one, or Open Entity Page in the context
 * menu. A plain click still places the caret and selects text. With Ctrl held, the pointer
 * over a mention becomes a hand, as over a link.
 */
final class MentionLinks {

	/** The key that opens the page of the mention at the caret. */
	static final int KEY = SWT.F4;

	private final StyledText text;
	private final Supplier<List<Mention>> mentions;
	private final IWorkbenchPage page;

	private MentionLinks(StyledText text, Supplier<List<Mention>> mentions, IWorkbenchPage page) {
		this.text = text;
		this.mentions = mentions;
		this.page = page;
	}

	/**
	 * @param text the viewer's text
	 * @param mentions the shown document's mentions (empty while none is shown)
	 * @param page the workbench page to open entity pages in
	 */
	static void install(StyledText text, Supplier<List<Mention>> mentions, IWorkbenchPage page) {
		MentionLinks links = new MentionLinks(text, mentions, page);
		text.addListener(SWT.MouseUp, links::clicked);
		text.addListener(SWT.MouseMove, links::moved);
		text.addListener(SWT.KeyUp, e -> {
			if (e.keyCode == SWT.MOD1) {
				text.setCursor(null);
			}
		});
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == KEY && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
				links.atCaret().ifPresent(links::open);
			}
		});
		links.contextMenu();
	}

	/** @return how the hover says a mention opens */
	static String hint() {
		return (Util.isMac() ? "\u2318-click" : "Ctrl+click") + " or F4 opens its page"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void clicked(Event e) {
		if (e.button != 1 || (e.stateMask & SWT.MOD1) == 0 || text.getSelectionCount() > 0) {
			return;
		}
		at(new Point(e.x, e.y)).ifPresent(this::open);
	}

	private void moved(Event e) {
		boolean link = (e.stateMask & SWT.MOD1) != 0 && at(new Point(e.x, e.y)).flatMap(EntityPages::of).isPresent();
		text.setCursor(link ? text.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
	}

	private Optional<Mention> at(Point point) {
		int offset = text.getOffsetAtPoint(point);
		return offset < 0 ? Optional.empty() : MentionStyles.at(mentions.get(), offset);
	}

	/** @return the mention the caret is in, or just after */
	private Optional<Mention> atCaret() {
		int caret = text.getCaretOffset();
		Optional<Mention> mention = MentionStyles.at(mentions.get(), caret);
		return mention.isPresent() || caret == 0 ? mention : MentionStyles.at(mentions.get(), caret - 1);
	}

	private void open(Mention mention) {
		EntityPages.of(mention).ifPresent(input -> EntityPages.open(page, input));
	}

	private void contextMenu() {
		IAction open = new Action("Open Entity &Page\tF4") { //$NON-NLS-1$
			@Override
			public void run() {
				atCaret().ifPresent(MentionLinks.this::open);
			}
		};
		MenuManager menu = new MenuManager();
		menu.add(open);
		menu.addMenuListener(m -> {
			Optional<EntityPageInput> target = atCaret().flatMap(EntityPages::of);
			open.setEnabled(target.isPresent());
			open.setText("Open Entity &Page" + target.map(t -> ": " + t.getEntityName().replace("&", "&&")).orElse("") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					+ "\tF4"); //$NON-NLS-1$
		});
		text.setMenu(menu.createContextMenu(text));
	}
}
