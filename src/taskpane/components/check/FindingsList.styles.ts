import { makeStyles, shorthands, tokens, typographyStyles } from "@fluentui/react-components";

export const useFindingsListStyles = makeStyles({
  headerContent: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginLeft: 0,
    marginRight: 0,
  },
  severityHeading: {
    ...typographyStyles.subtitle2,
  },
  sheetHeading: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground2,
    marginTop: 0,
    marginBottom: 0,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.borderLeft(tokens.strokeWidthThick, "solid", "transparent"),
    cursor: "pointer",
    // Scrolled to by Volgende/Vorige: keep the row clear of the pane's sticky tabs.
    scrollMarginTop: `calc(4 * ${tokens.spacingVerticalXXXL})`,
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ...shorthands.borderLeft(tokens.strokeWidthThick, "solid", tokens.colorBrandStroke1),
  },
  meta: {
    color: tokens.colorNeutralForeground3,
  },
});
