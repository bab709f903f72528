// Stands in for @npmcli/arborist in mutation runs (jest.mutate.config.js). @pulumi/pulumi loads it at
// start-up for closure serialisation, which no code under mutation does; leaving it out saves a
// second or so per test file loaded, for every mutant. Used anyway, it says so.
class Arborist {
  constructor() {
    throw new Error("@npmcli/arborist is left out of mutation runs: nothing under mutation serialises closures.");
  }
}
module.exports = { Arborist };
