/** What the paint in the compare view means; each kind is drawn with its own underline, not only its colour. */
export function DiffLegend({ leftLabel, rightLabel }: { leftLabel: string; rightLabel: string }) {
  return (
    <ul className="diff-legend" aria-label="Key to the marked words">
      <li>
        <span className="diff-sample diff-sample-removed">words</span> only in {leftLabel}
      </li>
      <li>
        <span className="diff-sample diff-sample-added">words</span> only in {rightLabel}
      </li>
      <li>
        <span className="diff-sample diff-sample-changed">words</span> read differently
      </li>
      <li>
        <span className="variant-absent" aria-hidden="true">
          ⁁
        </span>{' '}
        in the apparatus: where the words the other has would stand
      </li>
    </ul>
  );
}
