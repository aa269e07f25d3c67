package dossier.extract.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dossier.core.entity.Recognizer;

/** A recognizer as declared; created on first use. */
public final class RecognizerDescriptor {

	private final String id;
	private final List<String> kinds;
	private final int order;
	private final Supplier<Recognizer> factory;
	private Recognizer recognizer;

	/**
	 * @param id the recognizer's id
	 * @param kinds the kinds it produces
	 * @param order lower runs first
	 * @param factory creates it; may throw if its class cannot be loaded
	 */
	public RecognizerDescriptor(String id, List<String> kinds, int order, Supplier<Recognizer> factory) {
		this.id = Objects.requireNonNull(id);
		this.kinds = List.copyOf(kinds);
		this.order = order;
		this.factory = factory;
	}

	/**
	 * @param recognizer an existing recognizer
	 * @param order its place in the run
	 * @param kinds the kinds it produces
	 * @return a descriptor for it (tests, built-ins)
	 */
	public static RecognizerDescriptor of(Recognizer recognizer, int order, String... kinds) {
		return new RecognizerDescriptor(recognizer.getClass().getName(), List.of(kinds), order, () -> recognizer);
	}

	/** @return the recognizer's id */
	public String id() {
		return id;
	}

	/** @return the kinds it produces */
	public List<String> kinds() {
		return kinds;
	}

	/** @return lower runs first */
	public int order() {
		return order;
	}

	/** @return the recognizer, created on the first call */
	public synchronized Recognizer recognizer() {
		if (recognizer == null) {
			recognizer = factory.get();
		}
		return recognizer;
	}

	@Override
	public String toString() {
		return id;
	}
}
