/** Architectural rules checked by `npm run lint` (part of `npm test`). */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core holds the domain and use cases: no transport, storage, identity or cloud SDK imports.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        path: [
          '^src/(api|bot|tab|store|identity|local|ops|alerts|config|render)/',
          'node_modules/(restify|botbuilder|botframework-|@azure/|@vercel/|@microsoft/|jose|undici|helmet|pdfkit)',
        ],
      },
    },
    {
      name: 'botbuilder-stays-in-bot',
      comment: 'botbuilder is archived upstream; keeping it in src/bot makes a move to the Agents SDK one folder of work.',
      severity: 'error',
      from: { pathNot: '^src/bot/' },
      to: { path: 'node_modules/(botbuilder|botframework-)' },
    },
    {
      name: 'cosmos-stays-in-store',
      comment: 'Only the store adapter talks to Cosmos DB.',
      severity: 'error',
      from: { pathNot: '^src/(store|local|ops)/' },
      to: { path: 'node_modules/@azure/cosmos' },
    },
    {
      name: 'pdfkit-stays-in-render',
      comment: 'PDF rendering is an adapter behind the DocumentRenderer port (src/core/ports); only src/render uses pdfkit.',
      severity: 'error',
      from: { pathNot: '^src/render/' },
      to: { path: 'node_modules/pdfkit' },
    },
    {
      name: 'no-dev-identity-in-production-paths',
      comment: 'The API and core never import local-mode code; local mode wires itself in.',
      severity: 'error',
      from: { path: '^src/(core|api|store|identity|bot|alerts)/' },
      to: { path: '^src/local/' },
    },
    {
      name: 'no-circular',
      comment: 'Runtime import cycles; a cycle made only of type imports is erased at compile time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    exclude: { path: '^src/tab/' },
  },
};
