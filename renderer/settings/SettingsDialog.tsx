import { api } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { colourName } from '../../core/annotation/colour-name.js';
import { categorySlot } from '../notes/categories.js';
import { AutosavedField } from '../ui/AutosavedField.js';
import { SegmentedControl } from '../ui/SegmentedControl.js';
import { INTERFACE_SIZES, useInterfaceSize } from './reading-settings.js';
import { Sheet, useSheet } from '../ui/Sheet.js';
import { BackupsSection } from './BackupsSection.js';
import './SettingsDialog.css';

const INTERFACE_SIZE_OPTIONS = INTERFACE_SIZES.map((size) => ({ value: String(size), label: `${size}%` }));

/** "Interface size": the panels, lists, notes and controls larger or smaller; the reading text has its own size in the banner. */
function InterfaceSizeChoice() {
  const [size, setSize] = useInterfaceSize();
  return (
    <>
      <SegmentedControl
        label="Interface size"
        options={INTERFACE_SIZE_OPTIONS}
        value={String(size)}
        onChange={(chosen) => setSize(INTERFACE_SIZES.find((candidate) => String(candidate) === chosen) ?? 100)}
      />
      <p className="field-hint">The library, notes, people and every control. The transcription keeps its own size, set in the banner (Smaller text, Larger text).</p>
    </>
  );
}

/** The dialog's content, mounted only while it is open, so that it reads the store afresh each time. */
function SettingsForm({ onChanged }: { onChanged: () => void }) {
  const [profile] = useApi('getProfile', {});
  const [categories] = useApi('listCategories', {});
  return (
    <>
      <section className="sheet-section" aria-labelledby="settings-you">
        <h3 id="settings-you" className="sheet-subheading">
          You
        </h3>
        {profile.status === 'ready' && (
          <AutosavedField
            label="Your name"
            hint="Written as the author of each note you make, and in exports."
            value={profile.value.creator}
            save={(creator) => api.setProfile({ creator }).then(onChanged)}
            maxLength={80}
            autoFocus
          />
        )}
        {profile.status === 'failed' && <p role="alert" className="field-error">{profile.message}</p>}
      </section>
      <section className="sheet-section" aria-labelledby="settings-display">
        <h3 id="settings-display" className="sheet-subheading">
          Display
        </h3>
        <InterfaceSizeChoice />
      </section>
      <section className="sheet-section" aria-labelledby="settings-colours">
        <h3 id="settings-colours" className="sheet-subheading">
          Colours
        </h3>
        <p className="field-hint">Name each highlight colour for what it means in your reading. The colours stay; notes keep their colour.</p>
        {categories.status === 'ready' && (
          <div className="settings-colours">
            {categories.value.map((category, index) => {
              // The swatch is all a sighted reader needs to tell the fields apart; a screen reader hears its colour.
              const colour = colourName(category.colour) ?? `colour ${index + 1}`;
              return (
                <AutosavedField
                  key={category.id}
                  label={`Name for the ${colour} highlights`}
                  prefix={<span className="swatch settings-swatch" data-slot={categorySlot(categories.value, category.id)} role="img" aria-label={colour} />}
                  value={category.name}
                  save={(name) => api.renameCategory({ id: category.id, name }).then(onChanged)}
                  maxLength={40}
                />
              );
            })}
          </div>
        )}
        {categories.status === 'failed' && <p role="alert" className="field-error">{categories.message}</p>}
      </section>
      <BackupsSection />
    </>
  );
}

/**
 * The "Settings" button and its sheet: the reader's name (the creator of their notes), the interface size, the names of
 * the colour categories, each saved as typed, and the backups of the library with how to restore one. `onChanged` follows each save, so the notes show a new
 * name at once. The name starts as the system's; where that is an account's (root), the notes ask for one once (NamePrompt).
 */
export function SettingsDialog({ onChanged }: { onChanged: () => void }) {
  const sheet = useSheet();
  return (
    <>
      <button type="button" className="banner-button" onClick={sheet.show} aria-haspopup="dialog">
        <svg viewBox="0 0 16 16" aria-hidden="true" className="banner-icon">
          <circle cx="8" cy="8" r="2.25" />
          <path d="M8 1.75v1.5M8 12.75v1.5M1.75 8h1.5M12.75 8h1.5M3.6 3.6l1.06 1.06M11.34 11.34l1.06 1.06M3.6 12.4l1.06-1.06M11.34 4.66l1.06-1.06" />
        </svg>
        <span className="banner-button-label">Settings</span>
      </button>
      <Sheet sheet={sheet} heading="Settings">
        <SettingsForm onChanged={onChanged} />
      </Sheet>
    </>
  );
}
