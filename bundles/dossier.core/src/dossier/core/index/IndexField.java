package dossier.core.index;

import java.util.List;

import dossier.core.entity.EntityKinds;

/**
 * The names of the index's fields, as used in queries ({@code department:"Home Office"}),
 * filters and facets.
 *
 * @since 0.1
 */
public final class IndexField {

	/** the document's id */
	public static final String ID = "id"; //$NON-NLS-1$
	/** the title (full text) */
	public static final String TITLE = "title"; //$NON-NLS-1$
	/** the subject heading (full text) */
	public static final String HEADING = "heading"; //$NON-NLS-1$
	/** the question (full text) */
	public static final String QUESTION = "question"; //$NON-NLS-1$
	/** the answer (full text) */
	public static final String ANSWER = "answer"; //$NON-NLS-1$
	/** the whole text (full text) */
	public static final String BODY = "body"; //$NON-NLS-1$
	/** Commons or Lords (exact) */
	public static final String HOUSE = "house"; //$NON-NLS-1$
	/** question number (exact) */
	public static final String UIN = "uin"; //$NON-NLS-1$
	/** answering body (exact and full text) */
	public static final String DEPARTMENT = "department"; //$NON-NLS-1$
	/** asking member (exact and full text) */
	public static final String ASKING = "asking"; //$NON-NLS-1$
	/** answering member (exact and full text) */
	public static final String ANSWERING = "answering"; //$NON-NLS-1$
	/** date tabled, yyyy-MM-dd, range queries {@code tabled:[2024-01-01 TO 2024-06-30]} */
	public static final String TABLED = "tabled"; //$NON-NLS-1$
	/** date answered, yyyy-MM-dd, range queries */
	public static final String ANSWERED = "answered"; //$NON-NLS-1$
	/** year answered (facet) */
	public static final String YEAR = "year"; //$NON-NLS-1$
	/** the kind of document (exact) */
	public static final String KIND = "kind"; //$NON-NLS-1$
	/** the source path (exact) */
	public static final String SOURCE = "source"; //$NON-NLS-1$

	/** The fields a term without a field name searches. */
	public static final List<String> DEFAULT_SEARCHED = List.of(TITLE, HEADING, QUESTION, ANSWER, BODY);

	/** The metadata fields that can be counted as facets and used as filters. */
	public static final List<String> FACETS = List.of(DEPARTMENT, YEAR, HOUSE, ASKING, ANSWERING, KIND);

	/**
	 * The entity kinds that can be counted as facets and used as filters; each holds the ids
	 * of the entities a document mentions ({@code agency:SOCA}, {@code country:NG}).
	 */
	public static final List<String> ENTITY_FACETS = List.of(EntityKinds.AGENCY, EntityKinds.OPERATION,
			EntityKinds.COUNTRY);

	/** Every facet: the metadata ones, then the entity kinds. */
	public static final List<String> ALL_FACETS = java.util.stream.Stream.concat(FACETS.stream(), ENTITY_FACETS.stream())
			.toList();

	/** The full-text fields; every other field holds exact values. */
	public static final List<String> TEXT_FIELDS = List.of(TITLE, HEADING, QUESTION, ANSWER, BODY);

	private IndexField() {
	}
}
