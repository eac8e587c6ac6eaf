/**
 * A stand-in for Electron's `safeStorage`, which exists only inside the Electron runtime. It
 * "encrypts" by reversing and prefixing the text, so tests can see that the stored value differs
 * from the key and still decrypt it.
 */

import type { KeyEncryption } from '../../main/app/settings-repository.ts';

export type StorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'unknown';

export class FakeKeyEncryption implements KeyEncryption {
  available: boolean;
  backend: StorageBackend;
  plainTextAllowed = false;
  failDecrypt = false;

  constructor(options: { available?: boolean; backend?: StorageBackend } = {}) {
    this.available = options.available ?? true;
    this.backend = options.backend ?? 'gnome_libsecret';
  }

  isEncryptionAvailable(): boolean {
    if (this.backend === 'basic_text') {
      return this.plainTextAllowed;
    }
    return this.available;
  }

  encryptString(plainText: string): Buffer {
    if (!this.isEncryptionAvailable()) {
      throw new Error('Encryption is not available.');
    }
    return Buffer.from(`enc:${[...plainText].reverse().join('')}`, 'utf8');
  }

  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString('utf8');
    if (this.failDecrypt || !text.startsWith('enc:')) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
    return [...text.slice(4)].reverse().join('');
  }

  getSelectedStorageBackend(): StorageBackend {
    return this.backend;
  }

  setUsePlainTextEncryption(usePlainText: boolean): void {
    this.plainTextAllowed = usePlainText;
  }
}
