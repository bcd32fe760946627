/**
 * Datasets for element tests, derived from the bundled one so they stay valid as it grows.
 * Every call returns a fresh deep copy that the test may change.
 */
import { bundledDataset } from '../../src/data/generated/dataset.js';
import type { CitationT, DatasetT, SegmentT } from '../../src/data/schema.js';

/** A deep copy of the bundled dataset. */
export function bundledCopy(): DatasetT {
  return structuredClone(bundledDataset);
}

export function citationIn(dataset: DatasetT, id: string): CitationT {
  const citation = dataset.citations.find((c) => c.id === id);
  if (!citation) throw new Error(`no citation "${id}" in the dataset`);
  return citation;
}

/** Every formatted variant (style × locale) of a citation, to change them all at once. */
export function formattedVariants(citation: CitationT): { bibliography: SegmentT[]; citation: string }[] {
  return Object.values(citation.formatted).flatMap((byLocale) => Object.values(byLocale));
}

/**
 * The bundled dataset with `hotez-2014` rewritten by `change` (title, URL, formatted text):
 * the usual way to put hostile or unusual data in front of an element.
 */
export function datasetWithHotez(change: (citation: CitationT) => void): DatasetT {
  const dataset = bundledCopy();
  change(citationIn(dataset, 'hotez-2014'));
  return dataset;
}

/** Sets the title everywhere a reader sees it: the record and every formatted reference. */
export function retitle(citation: CitationT, title: string): void {
  citation.title = title;
  for (const variant of formattedVariants(citation)) {
    variant.bibliography = [{ text: `${citation.author?.[0]?.family ?? 'Anon'}. (2014). ` }, { text: title, italic: true }, { text: '.' }];
  }
}
