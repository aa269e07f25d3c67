package dossier.countries;

/**
 * The scales of the Natural Earth outlines shipped for the world map.
 *
 * @since 0.1
 */
public enum MapResolution {
	/** 1:110 million, coarse (177 shapes), for a whole-world map. */
	LOW("110m"), //$NON-NLS-1$
	/** 1:50 million (241 shapes, small islands and territories too), for zooming in. */
	MEDIUM("50m"); //$NON-NLS-1$

	private final String scale;

	MapResolution(String scale) {
		this.scale = scale;
	}

	/** @return Natural Earth's name for the scale, {@code 110m} or {@code 50m} */
	public String scale() {
		return scale;
	}
}
