/** The builder moved into the library; the examples and tests that import it from here keep working. */
export { buildTopology, type BuiltTopology } from "../../components/document";
