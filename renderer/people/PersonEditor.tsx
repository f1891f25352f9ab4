import type { Person } from '../../core/people/model.js';
import { api } from '../api/client.js';
import { AliasEditor } from './AliasEditor.js';
import { AutosavedField } from '../ui/AutosavedField.js';
import { DeletePerson } from './DeletePerson.js';
import { MergePerson } from './MergePerson.js';

/** Authority links as one line of text, and back: web addresses separated by spaces. */
const linksText = (links: readonly string[]) => links.join(' ');
const linksOf = (text: string) => text.split(/\s+/u).filter((link) => link !== '');

interface PersonEditorProps {
  person: Person;
  registry: readonly Person[];
  /** Follows every change, so that the registry, the mentions and the panel are read again. */
  onChanged: () => void;
}

/**
 * One person opened in the registry: name, life dates, description and authority links saved as typed
 * (a refusal shows under its field, the text kept), the aliases, merging someone in, and deleting.
 */
export function PersonEditor({ person, registry, onChanged }: PersonEditorProps) {
  const update = (fields: Omit<Parameters<typeof api.updatePerson>[0], 'id'>) => api.updatePerson({ id: person.id, ...fields }).then(onChanged);
  return (
    <div className="person-editor">
      <AutosavedField label="Name" value={person.preferredName} save={(preferredName) => update({ preferredName })} maxLength={120} />
      <AutosavedField label="Life dates" hint="As you would write them: 1878–1953, fl. 1950." value={person.lifeDates ?? ''} save={(lifeDates) => update({ lifeDates })} maxLength={40} />
      <AutosavedField label="Description" value={person.description ?? ''} save={(description) => update({ description })} maxLength={2000} />
      <AutosavedField
        label="Authority links"
        hint="Wikidata or VIAF addresses, separated by spaces."
        value={linksText(person.authorities)}
        save={(text) => update({ authorities: linksOf(text) })}
      />
      <AliasEditor person={person} onChanged={onChanged} />
      <MergePerson person={person} registry={registry} onChanged={onChanged} />
      <DeletePerson person={person} onChanged={onChanged} />
    </div>
  );
}
