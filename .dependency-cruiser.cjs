// The house's rank, checked by `npm test` (npm run check:layers): each layer imports only the
// layers below it, never one above, and nothing imports in a circle.
//   pure modules (no DOM, no Svelte) → state (.svelte.ts classes) → adapters (URL, embed host,
//   notes channel) → components → routes
const PURE = '(geo|time|kinematics|response|casualties|scenario|story|dataset|map|scene|i18n|url|embed|present|export)';
const LAYERS = `${PURE.slice(0, -1)}|state|adapters|components)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{ name: 'no-circular', severity: 'error', comment: 'Modules that import each other cannot be understood, tested or moved one at a time.', from: {}, to: { circular: true } },
		{
			name: 'pure-modules-stay-pure',
			severity: 'error',
			comment: 'Pure modules know nothing of state, adapters, components, routes or Svelte.',
			from: { path: `^src/lib/${PURE}/` },
			to: { path: ['^src/lib/(state|adapters|components)/', '^src/routes/', '\\.svelte(\\.ts)?$', '(^|/)node_modules/svelte/'] }
		},
		{
			name: 'state-below-adapters',
			severity: 'error',
			comment: 'State classes are driven by adapters and rendered by components; they never reach up to them.',
			from: { path: '^src/lib/state/' },
			to: { path: ['^src/lib/(adapters|components)/', '^src/routes/'] }
		},
		{
			name: 'adapters-below-components',
			severity: 'error',
			from: { path: '^src/lib/adapters/' },
			to: { path: ['^src/lib/components/', '^src/routes/'] }
		},
		{ name: 'components-below-routes', severity: 'error', from: { path: '^src/lib/components/' }, to: { path: '^src/routes/' } },
		{
			name: 'every-module-has-a-layer',
			severity: 'error',
			comment: 'A new folder in src/lib must be given its rank here.',
			from: { path: '^src/lib/', pathNot: `^src/lib/${LAYERS}/` },
			to: {}
		},
		{ name: 'no-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } }
	],
	options: {
		includeOnly: ['^src/', '(^|/)node_modules/svelte/'],
		exclude: { path: ['\\.test\\.ts$', '^src/app\\.d\\.ts$'] },
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['svelte', 'import', 'default'],
			extensions: ['.ts', '.js', '.svelte']
		}
	}
};
