// Starts GraphiQL against this hub's /graphql. Kept out of the page so the CSP needs no inline script.
(function () {
  const defaultQuery = `# Welcome to the Kazakhstan hub: residence permits, requirements and places to visit.
# Press the run button (or Ctrl-Enter). Open the docs (top left) to explore the schema.
# The hub reads English, Russian and Kazakh: the language argument (or the Accept-Language header) picks one.
query SearchInRussian {
  search(query: "вид на жительство", first: 3, language: RU) {
    totalCount
    correctedQuery
    edges {
      highlights { field snippet }
      node { __typename ... on Node { id } ... on Permit { name language languages } }
    }
    facets { field values { value count } }
  }
}
`;
  const fetcher = GraphiQL.createFetcher({ url: new URL('graphql', window.location.href).toString() });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery })
  );
})();
