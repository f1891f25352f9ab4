/**
 * What the underlines in the text mean, beside the proposals they come from: a proposed mention is
 * dashed in a neutral ink (a question, not a mistake: red dots read as a spelling checker's), a tagged
 * passage solid in the person's colour. Each sample is drawn with the same rules as the text's.
 */
export function MentionLegend() {
  return (
    <dl className="mention-legend" aria-label="Underlines in the text">
      <div>
        <dt>
          <span className="mention-sample mention-sample-proposed">Dashed</span>
        </dt>
        <dd>a name Carrel found: proposed, to accept or reject</dd>
      </div>
      <div data-person-slot="1">
        <dt>
          <span className="mention-sample mention-sample-tagged">Solid</span>
        </dt>
        <dd>tagged with a person, in their colour</dd>
      </div>
    </dl>
  );
}
