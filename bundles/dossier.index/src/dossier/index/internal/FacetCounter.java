package dossier.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import dossier.core.index.Facet;

/**
 * Counts facet values over the documents matching a query, with Lucene's sorted-set doc
 * values facets. The per-reader ordinal map is built once per searcher generation.
 */
final class FacetCounter {

	/** How many values of a facet are returned, most frequent first. */
	static final int TOP_VALUES = 30;
	private final FacetsConfig config;
	private IndexReader stateReader;
	private SortedSetDocValuesReaderState state;

	FacetCounter(FacetsConfig config) {
		this.config = config;
	}

	List<Facet> count(IndexSearcher searcher, Query query, List<String> fields) throws IOException {
		SortedSetDocValuesReaderState readerState = state(searcher.getIndexReader());
		List<Facet> result = new ArrayList<>(fields.size());
		if (readerState == null) {
			fields.forEach(f -> result.add(new Facet(f, List.of())));
			return result;
		}
		FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
		SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(readerState, collector);
		for (String field : fields) {
			result.add(new Facet(field, values(counts, field)));
		}
		return result;
	}

	private static List<Facet.Value> values(SortedSetDocValuesFacetCounts counts, String field) throws IOException {
		FacetResult top;
		try {
			top = counts.getTopChildren(TOP_VALUES, field);
		} catch (IllegalArgumentException e) {
			return List.of(); // no document has this field yet
		}
		if (top == null) {
			return List.of();
		}
		List<Facet.Value> values = new ArrayList<>(top.labelValues.length);
		for (LabelAndValue labelValue : top.labelValues) {
			values.add(new Facet.Value(labelValue.label, labelValue.value.longValue()));
		}
		return values;
	}

	/** @return the ordinal state of this reader, or null when no document has a facet */
	private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		if (reader != stateReader) {
			stateReader = reader;
			try {
				state = new DefaultSortedSetDocValuesReaderState(reader, config);
			} catch (IllegalArgumentException e) {
				state = null;
			}
		}
		return state;
	}
}
