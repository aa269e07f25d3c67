package dossier.core.entity;

/**
 * How often the collection mentions one entity.
 *
 * @param kind the entity kind
 * @param id the entity's id
 * @param name the entity's display name
 * @param documents how many documents mention it
 * @param mentions how many times it is mentioned in all
 * @since 0.1
 */
public record EntityCount(String kind, String id, String name, long documents, long mentions) {
}
