import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  // Tabs, errors and the progress bar stay in view while a long list of findings scrolls underneath.
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    marginTop: 0,
    marginBottom: 0,
  },
  // Four tabs do not fit on one line in a 320 px pane: there they become two even rows instead of scrolling out of sight.
  tabs: {
    flexWrap: "wrap",
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    "@media (max-width: 400px)": {
      display: "grid",
      gridTemplateColumns: "1fr 1fr",
    },
  },
  panel: {
    paddingTop: tokens.spacingVerticalS,
  },
});
