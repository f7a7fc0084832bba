// The API documentation page (Scalar) renders <html> without a language; its texts are Dutch (WCAG 3.1.1).
document.documentElement.lang = 'nl';
