import { Center, Image, Skeleton } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** Props of {@link TotpQrCode}. */
export interface TotpQrCodeProps {
  otpauthUri: string;
  alt: string;
}

const SIZE = 208;

/**
 * The authenticator's setup code as a QR image, drawn in the browser: the secret never goes
 * to an image service (SECURITY.md: no request leaves the machine).
 */
export function TotpQrCode({ otpauthUri, alt }: TotpQrCodeProps) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: SIZE })
      .then((url) => {
        if (isCurrent) setDataUrl(url);
      })
      .catch(() => {
        if (isCurrent) setDataUrl(null);
      });
    return () => {
      isCurrent = false;
    };
  }, [otpauthUri]);
  return <Center>{dataUrl ? <Image src={dataUrl} alt={alt} w={SIZE} h={SIZE} /> : <Skeleton w={SIZE} h={SIZE} />}</Center>;
}
