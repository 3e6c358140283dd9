// YAML text for a normalised document: no anchors/aliases (shared objects are written out in full), no line folding,
// so the text depends only on the data.
import { stringify } from 'yaml';

export function serialiseYaml(document: unknown): string {
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0, minContentWidth: 0, indent: 2 });
}
