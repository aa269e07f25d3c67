package dossier.core.entity;

import java.util.List;

/**
 * The ids of the built-in entity kinds. Plugins add kinds through the
 * {@code dossier.core.entityKinds} extension point; their ids are used the same way (as
 * index fields: {@code agency:SOCA}, {@code country:NG}).
 *
 * @since 0.1
 */
public final class EntityKinds {

	/** government departments, agencies, police forces, international organisations, NGOs */
	public static final String AGENCY = "agency"; //$NON-NLS-1$
	/** named operations, campaigns and programmes, with their numbers */
	public static final String OPERATION = "operation"; //$NON-NLS-1$
	/** money amounts, with recipient, period and purpose */
	public static final String FUNDING = "funding"; //$NON-NLS-1$
	/** ISO 3166 countries */
	public static final String COUNTRY = "country"; //$NON-NLS-1$

	/** The built-in kinds, in the order they are recognised (funding needs agencies first). */
	public static final List<String> BUILT_IN = List.of(AGENCY, OPERATION, COUNTRY, FUNDING);

	private EntityKinds() {
	}
}
