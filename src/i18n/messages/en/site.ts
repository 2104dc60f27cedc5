/** The site's chrome, search, not-found page, stories, kinds of page and source counts. */
import type { AreaCatalogue } from "../area";
import type { site as reference } from "../vi/site";

export const site: AreaCatalogue<typeof reference> = {
  // Site chrome (src/layouts/Base.astro, src/components/Head.astro)
  "site.description": "Open data on administrative reform in Vietnam",
  "site.skipToContent": "Skip to main content",
  "nav.label": "Main navigation",
  "nav.home": "Home",
  "nav.provinces": "Provinces",
  "nav.rankings": "Rankings",
  "nav.compare": "Compare",
  "nav.stories": "Stories",
  "nav.data": "Data",
  "nav.methodology": "Methodology",
  "nav.search": "Search",
  "language.label": "Language",
  "language.inVietnamese": "(in Vietnamese)",

  // Footer
  "footer.about": "{site} gathers figures from local governments’ administrative reform reports and other public sources. Every figure links to its source and to the place in it where the figure is stated.",
  "footer.licence": "The data are released under the {licence} licence: you may reuse them if you credit “{site}” with a link; every chart and place page has a “{cite}” button. {howToCite}.",
  "footer.licenceUrl": "https://creativecommons.org/licenses/by/4.0/deed.en",
  "footer.howToCite": "How to cite",
  "footer.nav.label": "Footer links",
  "footer.sources": "Sources",
  "footer.dataQuality": "Data quality",
  "footer.download": "Download the data",
  "footer.reportCheck": "Check a report",
  "cite.button": "Cite",
  "cite.source": "Source: {source}",
  "cite.line": "line {line}",
  "cite.section": "section {section}",
  "cite.sourcePage": "source page",
  "cite.report": "administrative reform report of {issuer}, {period}",
  "cite.reportUndated": "administrative reform report of {issuer}",

  // Header search (src/components/SearchBox.astro)
  // Not "Search this site": Pagefind's search page names its own search landmark so (axe: landmark-unique).
  "search.formLabel": "Quick search",
  "search.inputLabel": "Find a province, district or commune",
  "search.placeholder": "Find a province, district or commune…",
  "search.untitled": "Untitled page",

  // Search page
  "searchPage.title": "Search",
  "searchPage.intro": "Type the name of a province, district or commune, with or without Vietnamese diacritics, a former name or an abbreviation: “vinh chau”, “soc trang”, “da nang”, “tp hcm”, “my xuyen district”. Each result says what kind of unit it is, its province and when it existed.",
  "searchPage.placesElsewhere": "Search for a province, district or commune in the Vietnamese edition",
  "searchPage.noscript": "Search needs JavaScript. You can still browse {provinces} and {data}.",
  "searchPage.noscript.provinces": "the list of provinces",
  "searchPage.noscript.data": "the data",
  "searchPage.placeholder": "A place, a dataset, a story…",
  "searchPage.filter.kind": "Kind of page",
  "searchPage.filter.province": "Province",

  // Page not found
  "notFound.title": "Page not found",
  "notFound.body": "There is no page at this address on {site}. Try {search} or go to {home}.",
  "notFound.search": "searching",
  "notFound.home": "the home page",

  // Stories
  "stories.title": "Stories",
  "stories.description": "Stories built on the data of {site}.",
  "stories.none": "No stories yet.",
  "storyChart.missing": "There are no data for this chart yet.",
  "storyChart.inVietnamese": "This chart, its data table and its downloads are in Vietnamese for now. Vietnamese writes numbers the other way round: a point groups thousands and a comma marks decimals.",

  // Kinds of page: Pagefind's filter value and the result line under a title (Base.astro `pageKind`)
  "pageKind.province": "province",
  "pageKind.district": "district",
  "pageKind.commune": "commune",
  "pageKind.data": "data",
  "pageKind.story": "story",
  "pageKind.source": "source",
  "pageKind.page": "page",

  // Sources
  "source.count": { one: "{count} source", other: "{count} sources" },
  "source.more": { one: "{count} other source", other: "{count} other sources" },
};
