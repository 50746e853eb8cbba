import { Text } from "@fluentui/react/lib/Text";

/**
 * The honest statement of the demo (issue 11): what the page does with the document. True of
 * the code: the document is read with the File API, filled in the page and saved by a download;
 * the Content-Security-Policy (connect-src 'self', frame-src 'none') forbids sending it anywhere.
 * A tiny component so the pane's layout (i10) can place it.
 */
export function OnDeviceNotice(): JSX.Element {
  return (
    <Text variant="small" block role="note" data-testid="on-device-notice">
      Le document reste sur l'appareil : il est ouvert, rempli et enregistré dans ce navigateur,
      sans être envoyé à aucun serveur. Une fois la page ouverte, elle fonctionne aussi sans
      connexion.
    </Text>
  );
}
