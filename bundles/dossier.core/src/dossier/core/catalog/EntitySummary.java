package dossier.core.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity as the whole collection knows it.
 *
 * @param kind the entity kind, see {@link dossier.core.entity.EntityKinds}
 * @param id the canonical id within the kind
 * @param name the display name
 * @param documents how many documents mention it
 * @param mentions how many times it is mentioned in all
 * @param aliases the other ways it is written in the collection, most frequent first
 *                ("the Agency", "Serious Organised Crime Agency" for {@code SOCA})
 * @param facts the facts its mentions carry, by name: for agencies {@code type} and
 *              {@code parent}; for operations {@code period} and the figures reported
 *              ({@code victims}, {@code arrests}...), the first value found for each name,
 *              and {@code leadAgency}, the agency most often named in the same sentences;
 *              for countries {@code region} and {@code subregion}
 * @param funding the funding it receives, total by ISO 4217 currency code (only amounts
 *                that are funding, see {@link FundingFact#funding()})
 * @since 0.1
 */
public record EntitySummary(String kind, String id, String name, int documents, int mentions, List<String> aliases,
		Map<String, String> facts, Map<String, BigDecimal> funding) {

	/** The fact naming an agency's type. */
	public static final String TYPE = "type"; //$NON-NLS-1$
	/** The fact naming the agency that an agency belongs to. */
	public static final String PARENT = "parent"; //$NON-NLS-1$
	/** The fact naming the agency most often named with an operation. */
	public static final String LEAD_AGENCY = "leadAgency"; //$NON-NLS-1$
	/** The fact giving an operation's period. */
	public static final String PERIOD = "period"; //$NON-NLS-1$

	/** Validates and copies. */
	public EntitySummary {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		name = name == null || name.isBlank() ? id : name;
		aliases = List.copyOf(aliases);
		facts = Map.copyOf(facts);
		funding = Map.copyOf(funding);
	}

	/**
	 * @param name a fact's name
	 * @return its value, or the empty string
	 */
	public String fact(String name) {
		return facts.getOrDefault(name, ""); //$NON-NLS-1$
	}

	/** @return the funding it receives in pounds sterling, zero if none */
	public BigDecimal fundingInPounds() {
		return funding.getOrDefault("GBP", BigDecimal.ZERO); //$NON-NLS-1$
	}
}
