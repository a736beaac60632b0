import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useChangesListStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  intro: {
    color: tokens.colorNeutralForeground3,
  },
  groupTitle: {
    ...typographyStyles.subtitle2,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  counts: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  quietGroup: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  quietTitle: {
    ...typographyStyles.subtitle2,
    marginTop: 0,
    marginBottom: 0,
  },
  tagLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  detail: {
    color: tokens.colorNeutralForeground3,
  },
  /** A change to something that is gone: nothing to select. */
  static: {
    cursor: "default",
  },
});
