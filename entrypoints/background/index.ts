export default defineBackground(() => {
  // wiring added below
});
