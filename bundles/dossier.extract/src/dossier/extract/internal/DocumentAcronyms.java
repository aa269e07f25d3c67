package dossier.extract.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The acronyms a document defines, such as "the National Referral Mechanism (NRM)": from
 * the definition on, the acronym means that name in this document, whatever the gazetteer
 * says. A definition whose name is not an agency makes the acronym mean no agency.
 */
final class DocumentAcronyms {

	/** What a learnt acronym resolves to; agency is null when the name is no agency. */
	record Definition(int token, Agency agency) {
	}

	private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "on", "the", "&", "-", "in", "to"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	private static final int MAX_NAME_TOKENS = 12;
	private final Map<String, Definition> definitions = new HashMap<>();

	/**
	 * @param t the tokens
	 * @param i a token
	 * @return whether tokens i to i + 2 read "(ACRONYM)" after a capitalised word
	 */
	static boolean isDefinition(TokenizedText t, int i) {
		return t.isPunctuation(i, '(') && t.isPunctuation(i + 2, ')') && t.isUpperCase(i + 1) && t.isCapitalised(i + 1)
				&& t.isCapitalised(i - 1);
	}

	/**
	 * @param t the tokens
	 * @param open the "(" of a definition
	 * @return the first token of the name the acronym abbreviates: the capitalised words
	 *         before it, from the first whose initial is the acronym's; -1 if none fits
	 */
	static int nameStart(TokenizedText t, int open) {
		char initial = t.token(open + 1).charAt(0);
		int first = -1;
		for (int k = open - 1; k >= 0 && k >= open - MAX_NAME_TOKENS && t.joined(k); k--) {
			String token = t.token(k);
			if (t.isCapitalised(k)) {
				if (token.charAt(0) == initial) {
					first = k;
				}
			} else if (!NAME_JOINERS.contains(token)) {
				break;
			}
		}
		return first;
	}

	/**
	 * Records a definition.
	 *
	 * @param acronym the acronym
	 * @param token where it is defined
	 * @param agency the agency it names, or null when it names something else
	 */
	void define(String acronym, int token, Agency agency) {
		definitions.put(acronym, new Definition(token, agency));
	}

	/**
	 * @param t the tokens
	 * @param i a token
	 * @return whether the document has defined it as an acronym (so far)
	 */
	boolean has(TokenizedText t, int i) {
		return !definitions.isEmpty() && definitions.containsKey(t.token(i));
	}

	/**
	 * @param token a token's text
	 * @param at its index
	 * @return the definition in force at that token, or null when the document has not
	 *         defined it (yet)
	 */
	Definition at(String token, int at) {
		Definition definition = definitions.get(token);
		return definition != null && definition.token() <= at ? definition : null;
	}
}
