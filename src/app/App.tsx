// Application shell (placeholder until the screens land).
export function App() {
  return (
    <main>
      <h1>Boussole</h1>
      <p lang="en">Digital maturity self-assessment for settlement organizations.</p>
      <p lang="fr">Autoévaluation de la maturité numérique pour les organismes d’établissement.</p>
    </main>
  );
}
