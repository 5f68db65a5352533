// The CommonJS build of the ./mock entry in a project without msw: node index.cjs
const { makeApiErrorBody, makeSynapsStepEvent, mockCustomerId } = require("compilot-activity-logs/mock");

console.log(
  `mock entry (CommonJS): ${makeSynapsStepEvent({ type: "ID_DOCUMENT" }).type} ${makeApiErrorBody(404).code}`,
);
console.log(`customer ${mockCustomerId}`);
// The ./msw entry still needs msw, which this project does not have.
try {
  require("compilot-activity-logs/msw");
  console.log("msw entry loaded without msw");
} catch (error) {
  console.log(`msw entry needs msw: ${error.code}`);
}
