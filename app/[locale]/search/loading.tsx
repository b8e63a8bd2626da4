export default function Loading() {
  return (
    <div aria-hidden="true" className="animate-pulse space-y-3">
      <div className="h-10 max-w-3xl rounded bg-stone-200" />
      {[0, 1, 2, 3].map((k) => (
        <div key={k} className="h-24 rounded bg-stone-200" />
      ))}
    </div>
  );
}
