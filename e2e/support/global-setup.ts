import { clearRecords } from "./a11y-record";

export default function globalSetup() {
  clearRecords();
}
