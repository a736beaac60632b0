import { makeStyles, tokens } from "@fluentui/react-components";

/** A plain fieldset: the legend names the group for screen readers, no frame in a 320 px pane. */
export const useChoiceStyles = makeStyles({
  group: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  /** The save button keeps its own width in the view's column. */
  save: {
    alignSelf: "flex-start",
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});
