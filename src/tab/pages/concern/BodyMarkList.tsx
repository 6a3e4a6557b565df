import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AREA_LABELS, BODY_AREAS, bodyAreaOf, describeMark, SIDE_LABELS, type BodyMark } from './body-map-words.js';

const useStyles = makeStyles({
  area: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The marks in words, by body area: what a screen reader reads, and what a keyboard user edits. */
export function BodyMarkList({ marks, onRemove }: { marks: BodyMark[]; onRemove?: (index: number) => void }) {
  const styles = useStyles();
  if (!marks.length) return <Text>No marks recorded.</Text>;
  const numbered = marks.map((mark, index) => ({ mark, index, area: bodyAreaOf(mark) }));
  return (
    <div aria-label="Marks by body area" role="region">
      {BODY_AREAS.filter((a) => numbered.some((n) => n.area === a)).map((area) => (
        <div key={area}>
          <h3 className={styles.area}>{AREA_LABELS[area]}</h3>
          <ul className={styles.list}>
            {numbered.filter((n) => n.area === area).map(({ mark, index }) => (
              <li key={index}>
                <Text>{`${index + 1}. ${describeMark(mark)} (${SIDE_LABELS[mark.side].toLowerCase()})`}</Text>{' '}
                {onRemove && <Button size="small" appearance="subtle" onClick={() => onRemove(index)} aria-label={`Remove mark ${index + 1}`}>Remove</Button>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
